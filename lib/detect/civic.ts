/**
 * Civic signals: campaigning, stances for or against a party or politician,
 * references to the provincial government, and the vocabulary of criticism.
 * {pol} stands for any political entity found by lib/detect/political.ts.
 */
import { phrases, type LexEntry } from './lexicon';

export const CIVIC_PHRASES: LexEntry[] = [
  // Campaigning for or against a party or politician.
  ...phrases('campaign', [
    'vote {pol}', 'vote for {pol}', 'vote ~2 {pol}', 'votes for {pol}', 'voting {pol}', 'voting for ~1 {pol}',
    'vote against ~1 {pol}', 'vote out ~1 {pol}', 'vote them out', 'votez {pol}', 'votez pour ~2 {pol}',
    'votez contre ~2 {pol}', 'votons pour ~2 {pol}', 'votons {pol}', 'je vote pour ~2 {pol}', 're elect',
    'reelect', 'reelection', 're election', 'reelisez', 'reelire', 'elect {pol}', 'elect ~1 {pol}',
    'elisez {pol}', 'elisez ~1 {pol}', 'donate to ~2 {pol}', 'donate to the campaign', 'volunteer for ~2 {pol}',
    'join ~1 {pol}', 'support ~1 {pol}', 'support our ~1 {pol}', 'i support {pol}', 'appuyez ~2 {pol}',
    '{pol} ~2 has my vote', '{pol} ~2 gets my vote', 'my vote goes to', 'ma voix va a', 'campaign trail',
    'get out the vote', 'canvassing for', 'canvass for', 'campaigning for', 'campaign for {pol}', 'campaign office',
    'votendp', 'votenpd', 'voteliberal', 'voteliberals', 'votepc', 'votepcs', 'votegreen', 'votegreens',
    'voteconservative', 'voteconservatives', 'votetory', 'voteppc', 'votebloc',
  ]),
  // Campaign words that are political only beside a party, a politician or their link.
  ...phrases('campaign-weak', [
    'platform', 'their platform', 'the platform', 'party platform', 'on the campaign', 'lawn sign',
    'lawn signs', 'door knocking', 'knocking on doors', 'campaign', 'election day', 'plateforme',
    'campagne', 'jour du scrutin',
  ]),
  // Slogans of parties and campaigns (they go stale: keep short and current).
  ...phrases('slogan', [
    'axe the tax', 'bring it home', 'canada strong', 'elbows up', 'stop the cuts', 'change that works',
    'fix health care now', 'make life more affordable', 'a stronger nova scotia', 'more doctors now',
    'the people s premier', 'canada first', 'axe the carbon tax', 'ax the tax',
  ]),
  // Words that promote an account or link.
  ...phrases('promote', [
    'check out', 'follow', 'join', 'donate', 'sign up', 'support', 'read', 'visit', 'like', 'share',
    'subscribe', 'learn more', 'go to', 'head to', 'please rt', 'rt', 'retweet', 'suivez', 'joignez',
    'visitez', 'consultez', 'abonnez', 'partagez', 'donnez', 'appuyez',
  ]),
  // A stance against.
  ...phrases('stance', [
    'has to go', 'have to go', 'must go', 'needs to go', 'need to go', 'gotta go', 'should resign',
    'must resign', 'needs to resign', 'resign', 'step down', 'kick out', 'kick them out', 'throw out',
    'throw them out', 'get rid of', 'vote out', 'liar', 'liars', 'lying', 'lies', 'corrupt', 'crook',
    'crooks', 'clown', 'clowns', 'failed us', 'betrayed', 'worst premier', 'worst prime minister',
    'worst government', 'worst leader', 'shame on', 'disgrace', 'disgraceful', 'incompetent', 'useless',
    'can t be trusted', 'cannot be trusted', 'never trust', 'out of touch', 'doesn t care', 'don t care',
    'doit partir', 'doivent partir', 'demission', 'menteur', 'menteurs', 'corrompu', 'corrompus', 'honte',
    'incompetent', 'incompetents', 'le pire', 'la pire', 'degage', 'degagez',
  ]),
  // A stance for.
  ...phrases('stance', [
    'the best', 'best plan', 'best leader', 'best premier', 'best choice', 'a great leader', 'great leader',
    'great job', 'doing a great job', 'amazing', 'incredible', 'proud to support', 'i support', 'we support',
    'deserves', 'deserve', 'hero', 'champion', 'the right choice', 'the only choice', 'leadership we need',
    'fighting for', 'fights for', 'stands up for', 'standing up for', 'has my vote', 'gets my vote', 'brilliant',
    'i love', 'we love', 'trust', 'the real deal', 'the only one', 'le meilleur', 'la meilleure', 'meilleur plan',
    'meilleur chef', 'j appuie', 'nous appuyons', 'bravo', 'excellent', 'formidable', 'le bon choix',
    'se bat pour', 'merite', 'on a besoin de',
  ]),
  // The provincial government as the one acting or deciding: specific words…
  ...phrases('gov-ref', [
    'the province', 'province s', 'provincial', 'provincial government', 'houston government',
    'houston s government', 'pc government', 'ns government', 'nova scotia government',
    'government of nova scotia', 'the premier s', 'premier s', 'my department s', 'our department s',
    'la province', 'de la province', 'gouvernement provincial', '{dept}',
  ], { specific: true }),
  // …and generic ones, which could also mean Ottawa or a town.
  ...phrases('gov-ref', [
    'the government', 'government s', 'this government', 'our government', 'the department', 'department s',
    'the minister', 'minister s', 'the ministry', 'ministry s', 'senior management', 'the deputy minister',
    'le gouvernement', 'du gouvernement', 'le ministere', 'du ministere', 'le premier ministre', 'la ministre',
    'le ministre', 'the cabinet', 'cabinet s',
  ], { specific: false }),
  ...phrases('attribution', [
    'says the province', 'the province says', 'province says', 'said the province', 'the province said',
    'according to the province', 'according to the government', 'according to the department',
    'says the government', 'the government says', 'selon la province', 'selon le gouvernement',
    'indique la province', 'affirme la province', 'via the province', 'source the province',
  ]),
  // Federal or municipal government: criticism of these is not this policy's concern.
  ...phrases('other-gov', [
    'federal', 'the feds', 'ottawa', 'federal government', 'the federal', 'trudeau government',
    'carney government', 'liberal government in ottawa', 'canada revenue agency', 'cra', 'municipal',
    'the city', 'city council', 'council', 'councillor', 'councillors', 'hrm', 'the mayor', 'the town',
    'town council', 'county', 'municipality', 'municipalite', 'conseil municipal', 'la ville', 'le maire',
    'federal s', 'gouvernement federal', 'le federal', 'school board', 'cbrm',
  ]),
  // Things governments decide.
  ...phrases('policy-noun', [
    'policy', 'policies', 'program', 'programs', 'programme', 'decision', 'decisions', 'plan', 'budget',
    'legislation', 'bill', 'rebate', 'cap', 'mandate', 'strategy', 'reform', 'reforms', 'changes', 'rules',
    'regulation', 'regulations', 'funding', 'tax', 'taxes', 'fees', 'rollout', 'initiative', 'directive',
    'approach', 'response', 'handling', 'cuts', 'cut', 'spending', 'wait times', 'wait time', 'system',
    'politique', 'politiques', 'decision', 'reforme', 'reglement', 'mesure', 'mesures', 'financement',
    'compressions', 'coupures', 'gestion',
  ]),
  // Criticism: the evaluation itself.
  ...phrases('negative', [
    'disaster', 'disastrous', 'makes no sense', 'make no sense', 'made no sense', 'doesn t make sense',
    'does not make sense', 'terrible', 'awful', 'horrible', 'failure', 'failed', 'failing', 'fails', 'waste',
    'wasteful', 'wasting', 'ridiculous', 'broken', 'a joke', 'joke', 'mess', 'short sighted', 'shortsighted',
    'wrong', 'useless', 'doesn t work', 'won t work', 'isn t working', 'is not working', 'absurd',
    'incompetent', 'shameful', 'a shame', 'disgrace', 'disgraceful', 'pathetic', 'nonsense', 'outrageous',
    'insane', 'stupid', 'dumb', 'idiotic', 'nightmare', 'garbage', 'trash', 'catastrophe', 'catastrophic',
    'clueless', 'out of touch', 'backwards', 'hurting', 'hurts', 'harming', 'cruel', 'unfair', 'fiasco',
    'boondoggle', 'scam', 'gong show', 'train wreck', 'botched', 'bungled', 'mismanaged', 'mismanagement',
    'bad idea', 'poor decision', 'big mistake', 'a mistake', 'mistake', 'should be ashamed', 'ashamed',
    'i disagree with', 'disagree with', 'against the', 'opposed to', 'a slap in the face', 'laughable',
    'worst', 'inexcusable', 'unacceptable', 'embarrassing', 'embarrassment', 'incompetence', 'negligent',
    'negligence', 'tone deaf', 'disconnected', 'heartless', 'failure', 'misguided', 'reckless',
    'catastrophe', 'desastre', 'desastreux', 'n a aucun sens', 'aucun sens', 'ridicule', 'honte', 'honteux',
    'honteuse', 'nul', 'nulle', 'absurde', 'echec', 'gaspillage', 'n importe quoi', 'incompetent',
    'injuste', 'aberrant', 'aberrante', 'inacceptable', 'mauvaise decision', 'une erreur', 'lamentable',
  ]),
];
