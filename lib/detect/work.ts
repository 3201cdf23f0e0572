/**
 * Work signals: the employer and its departments, first-person work cues,
 * self-identification, disclaimers, media requests, official business and
 * case conversations. English and French; phrases are matched on the folded
 * view, so accents and apostrophes are optional ("ministere", "l education").
 */
import departmentsData from '../data/departments.json';
import { phrases, type LexEntry } from './lexicon';
import { normalize } from './normalize';
import { tokenize } from './tokens';

const fold = (s: string) => tokenize(normalize(s)).map((t) => t.text).join(' ');

/** Departments, offices, the employer and provincial workplaces. */
export function employerEntries(extraDepartments: readonly string[] = []): LexEntry[] {
  const out: LexEntry[] = [];
  const dept = (phrase: string, data?: unknown) => out.push({ category: 'dept', phrase, data });
  for (const d of departmentsData.departments) {
    for (const name of d.names.map(fold)) {
      for (const frame of ['department of', 'dept of', 'minister of', 'ministry of', 'ns dept of', 'office of']) {
        dept(`${frame} ${name}`);
      }
      // "NS Environment", "Health department": only as a name, written with capitals,
      // since "Nova Scotia seniors" or "the health department" of a town are not the Province's.
      for (const framed of [`ns ${name}`, `nova scotia ${name}`, `${name} department`, `${name} dept`]) {
        dept(framed, { titled: true });
      }
    }
    for (const name of (d.namesFr ?? []).map(fold)) {
      for (const frame of ['ministere de', 'ministere de la', 'ministere des', 'ministere du', 'ministere de l', 'ministre de', 'ministre de la', 'ministre des', 'ministre du', 'ministre de l', 'bureau des', 'bureau de la', 'bureau du']) {
        dept(`${frame} ${name}`);
      }
    }
    for (const p of d.proper ?? []) dept(fold(p));
    for (const s of d.short) out.push({ category: 'dept', phrase: fold(s), data: { upper: true } });
  }
  for (const x of extraDepartments) if (fold(x)) dept(fold(x));
  out.push(...phrases('employer', departmentsData.employer.en.map(fold)));
  out.push(...phrases('employer', departmentsData.employer.fr.map(fold)));
  out.push(...phrases('workplace', departmentsData.workplaces.en.map(fold)));
  out.push(...phrases('workplace', departmentsData.workplaces.fr.map(fold)));
  return out;
}

export const WORK_PHRASES: LexEntry[] = [
  // First-person cues that the post is about the writer's own job or workplace.
  ...phrases('work-cue', [
    'my department', 'our department', 'my dept', 'our dept', 'my ministry', 'our ministry', 'my manager',
    'my boss', 'my supervisor', 'my director', 'my deputy minister', 'our deputy minister', 'my colleagues',
    'my colleague', 'my coworkers', 'my coworker', 'my co workers', 'my co worker', 'my team at', 'our team at',
    'my team', 'our team', 'my job', 'my work', 'my workplace', 'our workplace', 'at work', 'at the office',
    'work today', 'my shift', 'i work', 'we work', 'our office', 'our unit', 'our division', 'our branch',
    'my unit', 'my branch', 'my division', 'our program', 'our programs', 'my employer', 'our employer',
    'reorg', 'reorganization', 'reorganisation', 'restructuring', 'workload', 'my caseload', 'our caseload',
    'as a public servant', 'as a civil servant', 'as a government employee', 'as a provincial employee',
    'public servant', 'civil servant', 'government employee', 'provincial employee', 'in my role',
    'my role at', 'my position at', 'staff meeting', 'team meeting', 'my desk', 'my cubicle', 'my clients',
    'our clients', 'back to the office', 'return to office', 'return to the office', 'our staff',
    'mon ministere', 'notre ministere', 'au travail', 'au bureau', 'mon patron', 'ma patronne', 'mon gestionnaire',
    'ma gestionnaire', 'mon superviseur', 'ma superviseure', 'mes collegues', 'mon collegue', 'ma collegue',
    'notre equipe', 'mon equipe', 'mon emploi', 'mon poste', 'mon travail', 'je travaille', 'nous travaillons',
    'en tant que fonctionnaire', 'fonctionnaire', 'notre bureau', 'mon employeur', 'notre programme',
    'charge de travail', 'ma direction', 'notre direction',
  ]),
  // The writer says they work for a named employer.
  ...phrases('self-id', [
    'i work ~1 for ~3 {employer-any}', 'i work ~1 at ~3 {employer-any}', 'i work ~1 in ~3 {employer-any}',
    'i work ~1 with ~3 {employer-any}', 'i work for ~3 {employer-any}', 'i m ~5 with ~3 {employer-any}',
    'i m ~5 at ~3 {employer-any}', 'i m ~5 for ~3 {employer-any}', 'i m ~5 in ~3 {employer-any}',
    'i am ~5 with ~3 {employer-any}', 'i am ~5 at ~3 {employer-any}', 'i am ~5 for ~3 {employer-any}',
    'i am ~5 in ~3 {employer-any}', 'as a ~4 with ~3 {employer-any}', 'as a ~4 at ~3 {employer-any}',
    'as a ~4 for ~3 {employer-any}', 'as a ~4 in ~3 {employer-any}', 'as an ~4 with ~3 {employer-any}',
    'as an ~4 at ~3 {employer-any}', 'as an ~4 for ~3 {employer-any}', 'as an ~4 in ~3 {employer-any}',
    'i m employed by ~3 {employer-any}', 'i am employed by ~3 {employer-any}', 'employed by ~3 {employer-any}',
    'i ve worked ~4 {employer-any}', 'i have worked ~4 {employer-any}', 'i m working ~3 {employer-any}',
    'as a nova scotia government employee', 'as a nova scotia public servant', 'as a nova scotia civil servant',
    'as a provincial government employee', 'as a provincial public servant', 'as a provincial civil servant',
    'as an ns government employee', 'as an ns public servant', 'i m a nova scotia public servant',
    'i m a provincial public servant', 'i m a nova scotia government employee', 'i m a provincial civil servant',
    'i m a nova scotia civil servant', 'i work for the province', 'i work for the government',
    'je travaille ~2 au ~3 {employer-any}', 'je travaille ~2 a ~3 {employer-any}', 'je travaille ~2 pour ~3 {employer-any}',
    'je travaille ~2 avec ~3 {employer-any}', 'je travaille ~2 dans ~3 {employer-any}', 'je travaille ~2 chez ~3 {employer-any}',
    'je suis ~5 au ~3 {employer-any}', 'je suis ~5 a ~3 {employer-any}', 'je suis ~5 pour ~3 {employer-any}',
    'je suis ~5 avec ~3 {employer-any}', 'je suis ~5 du ~3 {employer-any}', 'je suis ~5 de ~3 {employer-any}',
    'en tant que ~4 au ~3 {employer-any}', 'en tant que ~4 a ~3 {employer-any}', 'en tant que ~4 pour ~3 {employer-any}',
    'en tant que ~4 du ~3 {employer-any}', 'en tant que fonctionnaire provincial', 'en tant que fonctionnaire provinciale',
    'fonctionnaire de la nouvelle ecosse', 'employe du gouvernement de la nouvelle ecosse',
    'employee du gouvernement de la nouvelle ecosse',
  ]),
  // A disclaimer that the post is personal.
  ...phrases('disclaimer', [
    'views are my own', 'views my own', 'views are mine', 'opinions are my own', 'opinions my own',
    'opinions are mine', 'thoughts are my own', 'thoughts my own', 'my own views', 'my own opinion',
    'my own opinions', 'my personal views', 'my personal opinion', 'my personal opinions', 'personal views',
    'personal opinion', 'personal opinions', 'do not represent ~4 my employer', 'don t represent ~4 my employer',
    'does not represent ~4 my employer', 'doesn t represent ~4 my employer', 'not represent the views',
    'not the views of my employer', 'not those of my employer', 'not necessarily those of',
    'speaking for myself', 'speaking only for myself', 'as a private citizen', 'not speaking for',
    'not speaking on behalf', 'not on behalf of my employer', 'postings on this site are my own',
    'posts are my own', 'tweets are my own', 'my views only', 'views expressed are my own',
    'views expressed here are my own', 'rts are not endorsements', 'rt endorsement',
    'opinions personnelles', 'opinion personnelle', 'avis personnel', 'point de vue personnel',
    'mes opinions', 'mes propres opinions', 'opinions sont les miennes', 'propos n engagent que moi',
    'n engagent que moi', 'n engage que moi', 'ne representent pas ~5 employeur', 'a titre personnel',
    'titre personnel',
  ]),
  // Media: a reporter, outlet or interview, and a request.
  ...phrases('media', [
    'reporter', 'reporters', 'journalist', 'journalists', 'the media', 'media request', 'media requests',
    'news crew', 'camera crew', 'the news', 'evening news', 'on air', 'podcast', 'radio show', 'newspaper',
    'press', 'cbc', 'ctv', 'global news', 'chronicle herald', 'the herald', 'saltwire', 'halifax examiner',
    'radio canada', 'le courrier', 'the coast', 'cape breton post', 'allnovascotia', 'canadian press',
    'news 95 7', 'cjch', 'acadie nouvelle', 'la presse', 'tele radio', 'journaliste', 'journalistes',
    'les medias', 'reporteur', 'reportrice', 'entrevue', 'the star', 'toronto star', 'globe and mail',
    'national post', 'atlantic news', 'huddle', 'media outlet', 'news outlet', 'television', 'tv',
  ]),
  ...phrases('media-request', [
    'interview', 'interviews', 'interviewed', 'asked me', 'asked us', 'request', 'requested', 'contacted me',
    'contacted us', 'reached out', 'wants to talk', 'wants to speak', 'wants a comment', 'for a comment',
    'to comment', 'comment on', 'quote me', 'quoted', 'appear on', 'go on', 'going on', 'talk to',
    'speak to', 'speak with', 'talk with', 'on camera', 'on the record', 'statement', 'entrevue', 'entrevues',
    'm a demande', 'nous a demande', 'm a contacte', 'nous a contacte', 'commentaire', 'commenter', 'parler',
  ]),
  ...phrases('media-interview', [
    'media interview', 'press interview', 'tv interview', 'radio interview', 'news interview',
    'interview with {media}', 'interview on {media}', 'interview for {media}', 'interviewed by {media}',
    'entrevue avec {media}', 'entrevue a {media}', 'entrevue pour {media}', 'entrevue aux medias',
    'evening news', 'press conference', 'conference de presse', 'media scrum',
  ]),
  ...phrases('job-interview', [
    'job interview', 'job interviews', 'interview for a job', 'interview for the job', 'interview for a position',
    'interview for the position', 'interview for a role', 'interview for the role', 'hiring', 'hired',
    'entrevue d embauche', 'entretien d embauche', 'interview for this job', 'interview for my',
  ]),
  // Official business done in person's own name.
  ...phrases('announce', [
    'we re pleased to announce', 'we are pleased to announce', 'we re proud to announce', 'we are proud to announce',
    'we re excited to announce', 'we are excited to announce', 'we re happy to announce', 'we are happy to announce',
    'we re thrilled to announce', 'we are thrilled to announce', 'is pleased to announce', 'is proud to announce',
    'pleased to announce', 'applications ~6 open', 'applications are now open', 'now accepting applications',
    'apply now', 'deadline to apply', 'apply by', 'apply today', 'official notice', 'public notice',
    'nous sommes heureux d annoncer', 'nous sommes fiers d annoncer', 'heureux d annoncer', 'fiers d annoncer',
    'les demandes sont ouvertes', 'presentez une demande', 'avis public',
  ]),
  ...phrases('on-behalf', [
    'on behalf of the department', 'on behalf of my department', 'on behalf of our department',
    'on behalf of the province', 'on behalf of the government', 'on behalf of the ministry',
    'on behalf of my ministry', 'on behalf of the office', 'on behalf of our office', 'on behalf of {dept}',
    'au nom du ministere', 'au nom de mon ministere', 'au nom de la province', 'au nom du gouvernement',
    'au nom de {dept}',
  ]),
  ...phrases('service-delivery', [
    '{reach-me} ~2 your ~3 {case-word}', '{reach-me} ~1 the ~3 {case-word}', '{reach-me} your questions',
    '{reach-me} ~1 your details', 'i ll process', 'i will process', 'i can process', 'i ll approve',
    'i will approve', 'i can approve', 'i ll look up your', 'i can look up your', 'i ll check your',
    'i can check your', 'i ll fast track', 'i can fast track', 'i ll expedite', 'i can expedite',
    'i ll review your', 'i can review your', 'i ll handle your', 'i ll sort out your',
    'envoyez moi votre', 'envoie moi ton', 'je vais traiter', 'je peux traiter', 'je vais approuver',
  ]),
  ...phrases('reach-me', [
    'dm me', 'message me', 'email me', 'e mail me', 'text me', 'send me', 'pm me', 'inbox me', 'call me with',
    'give me', 'forward me', 'drop me',
  ]),
  ...phrases('program-context', [
    'program', 'programs', 'programme', 'rebate', 'rebates', 'grant', 'grants', 'funding', 'applications',
    'application', 'eligible', 'eligibility', 'benefit', 'benefits', 'service', 'services', 'initiative',
    'subsidy', 'subsidies', 'licence', 'license', 'permit', 'permits', '{dept}', '{gov-ref}', 'subvention',
    'remise', 'prestation', 'admissibilite', 'demandes',
  ]),
  // A person's own case, in the second person.
  ...phrases('your-case', [
    'your ~1 {case-word}', 'you applied', 'you filed', 'you submitted', 'your own file', 'your own case',
    'votre ~1 {case-word}', 'vous avez fait une demande', 'ta demande', 'ton dossier',
  ]),
  ...phrases('case-word', [
    'claim', 'claims', 'application', 'applications', 'file', 'case', 'account', 'appointment', 'complaint',
    'payment', 'payments', 'benefits', 'benefit', 'request', 'ticket', 'health card', 'health card number',
    'card', 'refund', 'permit', 'licence', 'license', 'assessment', 'cheque', 'eligibility', 'situation',
    'personal information', 'information', 'details', 'documents', 'paperwork', 'sin', 'address',
    'file number', 'case number', 'claim number', 'application number', 'account number', 'reference number',
    'dossier', 'demande', 'reclamation', 'compte', 'rendez vous', 'plainte', 'paiement', 'prestations',
    'carte sante', 'numero',
  ]),
  ...phrases('private-channel', [
    'direct message', 'private message', 'send us a message', 'send us a dm', 'dm us', 'message us', 'pm us',
    'inbox us', 'email us', 'e mail us', 'send us an email', 'send an email', 'email at', 'by email',
    'via email', 'through email', 'via direct message', 'via dm', 'by dm', 'contact us privately',
    'in private', 'privately', 'message prive', 'message direct', 'ecrivez nous',
    'envoyez nous un message', 'envoyez nous un courriel', 'par courriel', 'courriel', 'en prive',
  ]),
];
