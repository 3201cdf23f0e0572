/**
 * The in-page guidance (components/Guidance.tsx) as the sites show it: in a
 * shadow root of its own, with its own styles, right after the compose box.
 */
import { render } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { Guidance, type GuidanceProps } from '../Guidance';
import guidanceCss from '../guidance/guidance.css?inline';

/** A host element whose shadow root holds the guidance. */
export function ShadowGuidance(props: GuidanceProps) {
  const host = useRef<HTMLDivElement>(null);
  const mount = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const root = el.shadowRoot ?? el.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = guidanceCss;
    const container = document.createElement('div');
    root.replaceChildren(style, container);
    mount.current = container;
    return () => {
      render(null, container);
      mount.current = null;
    };
  }, []);
  useEffect(() => {
    if (mount.current) render(<Guidance {...props} />, mount.current);
  });
  return <div ref={host} class="guidance-host" data-testid="guidance-host" />;
}
