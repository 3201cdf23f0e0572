/**
 * Signs of confidential or internal material. Strong markers fire alone;
 * weak ones ("not public yet", "draft") only with a sign of government or
 * work material in the draft, so a novelist's draft stays quiet.
 */
import { phrases, type LexEntry } from './lexicon';

export const CONFIDENTIAL_PHRASES: LexEntry[] = [
  ...phrases('confidential-strong', [
    'confidential', 'strictly confidential', 'internal only', 'internal use only', 'for internal use',
    'internal document', 'internal memo', 'internal email', 'not for distribution', 'do not distribute',
    'not for public distribution', 'not for public release', 'embargoed', 'under embargo', 'embargo until',
    'don t share this', 'do not share this', 'dont share this',
    'don t tell anyone', 'don t repeat this', 'between you and me', 'off the record',
    'you didn t hear this from me', 'you didn t hear it from me', 'keep this quiet', 'keep it quiet',
    'hush hush', 'cabinet document', 'cabinet documents', 'cabinet decision', 'cabinet confidence',
    'cabinet submission', 'cabinet discussion', 'cabinet discussions', 'cabinet meeting', 'cabinet s decision',
    'sneak peek at the budget', 'before it s announced', 'before it is announced', 'before the announcement',
    'ahead of the announcement', 'privileged and confidential', 'protected b', 'confidentiel', 'confidentielle', 'strictement confidentiel', 'usage interne',
    'a usage interne', 'interne seulement', 'document interne', 'ne pas diffuser', 'ne pas distribuer',
    'sous embargo', 'entre toi et moi', 'ne le dis a personne',
    'ne dites rien', 'conseil des ministres', 'document du cabinet', 'avant l annonce',
  ]),
  ...phrases('confidential-weak', [
    'not public yet', 'not public until', 'isn t public yet', 'not yet public', 'not been made public',
    'hasn t been announced', 'has not been announced', 'not announced yet', 'not been announced',
    'won t be announced until', 'not official yet', 'isn t official yet', 'can t say much', 'can t say more',
    'draft', 'drafts', 'sneak peek', 'leaked', 'leak', 'leaks', 'between us', 'don t share', 'classified',
    'secret', 'top secret', 'fuite', 'fuites', 'entre nous', 'heads up before', 'cabinet', 'pas encore public', 'pas encore annonce',
    'pas encore officiel', 'ebauche', 'avant premiere', 'pas encore rendu public',
  ]),
  // Ordinary uses of those words.
  ...phrases('confidential-not', [
    'confidential support', 'confidential counselling', 'confidential counseling', 'confidential service',
    'confidential services', 'confidential help', 'confidential line', 'confidential helpline',
    'confidential advice', 'free and confidential', 'free confidential', 'kept confidential',
    'will be kept confidential', 'remain confidential', 'confidential and free', 'is confidential',
    'are confidential', 'confidentiality', 'secret santa', 'secret recipe', 'secret ingredient',
    'secret garden', 'no secret', 'not a secret', 'the secret to', 'best kept secret', 'victoria s secret',
    'kitchen cabinet', 'kitchen cabinets', 'filing cabinet', 'medicine cabinet', 'bathroom cabinet',
    'cabinet maker', 'cabinetmaker', 'cabinet door', 'cabinet doors', 'cabinets', 'gun cabinet',
    'display cabinet', 'liquor cabinet', 'shadow cabinet', 'leaky', 'leak in', 'roof leak', 'water leak',
    'leaking', 'a leak', 'the leak', 'draft beer', 'draft beers', 'nhl draft', 'the draft', 'draft pick',
    'draft of my', 'my draft', 'first draft', 'rough draft', 'cold draft', 'drafty', 'service confidentiel',
    'confidentiel et gratuit', 'gratuit et confidentiel', 'fuite d eau', 'une fuite', 'soutien confidentiel',
    'ligne confidentielle', 'restera confidentiel', 'resteront confidentielles', 'demeure confidentiel',
    'secret de polichinelle',
  ]),
  // Government or work material that makes a weak marker count.
  ...phrases('gov-material', [
    'budget', 'memo', 'briefing', 'briefing note', 'cabinet', 'minister', 'department', 'policy', 'report',
    'announcement', 'funding', 'program', 'the province', 'government', 'staffing', 'restructuring',
    'layoffs', 'contract', 'tender', 'legislation', 'bill', 'ministere', 'gouvernement', 'note d information',
    'rapport', 'financement', 'annonce', '{dept}', '{gov-ref}', '{work-cue}',
  ]),
];
