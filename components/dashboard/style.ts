/** The dashboard's own styles, scoped by the `pw-` class prefix; colours follow the page's. */
export const DASHBOARD_CSS = `
.pw-activity { --pw-bar: #1f5fa8; --pw-good: #2e7d32; --pw-warn: #b26a00; --pw-muted: #5f6368; }
@media (prefers-color-scheme: dark) {
  .pw-activity { --pw-bar: #8ab4f8; --pw-good: #81c995; --pw-warn: #fdd663; --pw-muted: #bdc1c6; }
}
.pw-activity .pw-chart { margin: 1rem 0; }
.pw-activity .pw-chart svg { display: block; max-width: 40rem; height: auto; }
.pw-activity .pw-bar { fill: var(--pw-bar); }
.pw-activity .pw-bar.pw-good { fill: var(--pw-good); }
.pw-activity .pw-bar.pw-warn { fill: var(--pw-warn); }
.pw-activity .pw-axis { stroke: currentColor; stroke-width: 1; }
.pw-activity .pw-grid { stroke: var(--pw-muted); stroke-width: 0.5; stroke-dasharray: 3 3; }
.pw-activity .pw-tick, .pw-activity .pw-label { fill: currentColor; font-size: 11px; }
.pw-activity .pw-muted { color: var(--pw-muted); }
.pw-activity .pw-confirm { margin-top: 0.5rem; padding: 0.5rem; border: 1px solid var(--pw-warn); }
.pw-activity .pw-danger { font-weight: bold; }
.pw-activity .pw-sr-only {
  position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px;
  overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}
`;
