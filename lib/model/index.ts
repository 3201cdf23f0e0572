/**
 * The judgment model the engine uses: the weights trained in this repository
 * (lib/data/judgment-model.json, `npm run train`), decoded once on first use.
 */
import file from '../data/judgment-model.json';
import { JudgmentModel, type ModelFile } from './model';

let loaded: JudgmentModel | null | undefined;
let failure: unknown;

/** The bundled model; null if its file cannot be read (the engine then runs on patterns alone). */
export function defaultModel(): JudgmentModel | null {
  if (loaded === undefined) {
    try {
      loaded = JudgmentModel.fromFile(file as unknown as ModelFile);
    } catch (error) {
      failure = error;
      loaded = null;
    }
  }
  return loaded;
}

/** Why the bundled model could not be loaded, if it could not. */
export function modelFailure(): unknown {
  defaultModel();
  return failure;
}

export { JudgmentModel, HEADS, type Head, type ModelFile } from './model';
export { judge, type Judgment, type Judged } from './judge';
