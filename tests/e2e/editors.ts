/** The fixture pages with real editor frameworks, shared with the Firefox suite: see tests/scenarios/pages.ts. */
export { editorPage, plainPage } from '../scenarios/pages';
