/**
 * The guidelines' state as the background answers it (`guidelines`): the
 * version, the acknowledgement and whether the organisation requires it;
 * loaded again on every storage change, so each page follows the others.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { GuidelinesState } from '@/lib/messaging';
import type { UiApi } from '@/lib/ui/api';

export function useGuidelines(api: UiApi): {
  state: GuidelinesState | null;
  setState: (s: GuidelinesState) => void;
} {
  const [state, setState] = useState<GuidelinesState | null>(null);
  const reload = useCallback(async () => {
    const answer = await api.send({ type: 'guidelines' }).catch(() => null);
    // An older background answers { ok: false }: no state, nothing shown.
    if (answer && 'status' in answer) setState(answer);
  }, [api]);
  useEffect(() => {
    void reload();
    return api.onSettingsChanged(() => void reload());
  }, [api, reload]);
  return { state, setState };
}
