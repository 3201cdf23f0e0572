/** The word lists of lib/data/pii.json as sets. */
import pii from '../../data/pii.json';

export const WORDS = {
  tollFree: new Set(pii.tollFreeAreaCodes.list),
  governmentExchanges: new Set(pii.governmentExchanges.list),
  roleInboxes: new Set(pii.roleInboxes.list),
  noReply: new Set(pii.noReply.list),
  enStreetTypes: new Set(pii.streetTypes.en),
  abbreviatedTypes: new Set(pii.streetTypes.abbreviated),
  frStreetTypes: new Set(pii.streetTypes.fr),
  nameConnectors: new Set(pii.nameConnectors.list),
  nameStopwords: new Set(pii.nameStopwords.list),
  routeWords: new Set(pii.routeWords.list),
  abbreviations: new Set(pii.abbreviations.list),
  caseIdioms: new Set(pii.caseIdioms.list),
} as const;
