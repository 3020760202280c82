/**
 * Private to `toHtml`: the page's one stylesheet (no external asset).
 *
 * @module
 */

/** The stylesheet of both report pages; the SVG parts are styled by their `sokr-*` classes. */
export const CSS = `
*{box-sizing:border-box}
body{margin:0;background:#f3f4f6;color:#111827;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
main{max-width:1200px;margin:0 auto;padding:16px 20px 40px}
h1{font-size:1.45rem;margin:0}
h2{font-size:1.12rem;margin:0;display:inline}
h3{font-size:1rem;margin:0;display:inline}
.objective-title{font-size:.95rem;font-weight:700}
a{color:#1e3a8a}
.top{display:flex;flex-wrap:wrap;align-items:baseline;gap:4px 16px;margin:0 0 6px}
.meta{color:#374151;margin:0}
nav.contents{font-size:.85rem;margin:0 0 10px;color:#374151}
nav.contents ol{display:inline;margin:0;padding:0;list-style:none}
nav.contents li{display:inline}
nav.contents li+li::before{content:" · "}
section{margin:0 0 12px}
.card{background:#fff;border:1px solid #e5e7eb;border-radius:10px;padding:12px 16px}
details>summary{cursor:pointer;padding:6px 0;list-style-position:outside}
section>details>summary{border-bottom:2px solid #d1d5db;margin-bottom:8px}
.count{display:inline-block;min-width:1.6em;padding:0 6px;margin-left:4px;border-radius:999px;background:#e5e7eb;font-size:.8rem;text-align:center;font-weight:600;vertical-align:middle}
.hero{display:flex;flex-wrap:wrap;gap:12px 28px;align-items:center;margin:0 0 10px}
.hero-score{display:flex;flex-direction:column}
.hero-label{font-size:.8rem;text-transform:uppercase;letter-spacing:.05em;color:#4b5563;font-weight:600}
.hero-number{font-size:3rem;font-weight:700;line-height:1.05;font-variant-numeric:tabular-nums}
.hero-side{display:flex;flex-direction:column;gap:4px}
.hero-empty{font-size:1.45rem;font-weight:700}
.trend{font-weight:600;white-space:nowrap}
.trend-up{color:#166534}
.trend-down{color:#b91c1c}
.trend-flat{color:#4b5563}
.chips{display:flex;flex-wrap:wrap;gap:6px;margin:0;padding:0;list-style:none}
.chips li{display:inline-flex;align-items:baseline;gap:5px;padding:3px 10px;border-radius:999px;color:#fff;font-size:.85rem;font-weight:600}
.chips b{font-size:1.1rem}
.chips li.zero{background:#e5e7eb;color:#4b5563}
.status{display:inline-block;padding:0 8px;border-radius:999px;color:#fff;font-size:.78rem;font-weight:600;white-space:nowrap}
.grade{display:inline-flex;align-items:center;gap:5px;white-space:nowrap;font-variant-numeric:tabular-nums}
.swatch{display:inline-block;width:11px;height:11px;border-radius:3px;border:1px solid rgba(0,0,0,.25)}
.tag{display:inline-block;padding:0 6px;border-radius:4px;background:#e5e7eb;font-size:.76rem;color:#1f2937;white-space:nowrap}
.score{font-weight:700;font-variant-numeric:tabular-nums}
table{border-collapse:collapse;width:100%;margin:4px 0 8px;background:#fff}
caption{text-align:left;font-weight:600;padding:2px 0 4px;color:#374151}
th,td{text-align:left;padding:3px 7px;border-bottom:1px solid #e5e7eb;vertical-align:top}
thead th{background:#f9fafb;font-size:.8rem;color:#374151;white-space:nowrap}
tbody th{font-weight:600}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
td.value{font-variant-numeric:tabular-nums}
td.date{white-space:nowrap;font-variant-numeric:tabular-nums}
tr.objective-row th{background:#f9fafb;font-weight:600}
table.glance td,table.glance th{padding:3px 8px}
table.glance td.worst{font-size:.86rem}
table.glance tbody th{white-space:nowrap}
td.who{white-space:nowrap}
h1,h3,summary,caption,figcaption,p,li,tbody th,bdi,#owed td{overflow-wrap:anywhere}
.name,#owed tbody th,#owed td:last-child{overflow-wrap:anywhere;min-width:8.5em}
table.krs{font-size:.86rem}
table.krs th,table.krs td{padding:2px 6px}
table.krs td{white-space:nowrap}
table.krs td.value{white-space:normal;min-width:12em}
table.krs tbody th{font-weight:500;min-width:300px}
.nowrap{white-space:nowrap}
.small{font-size:.8rem;font-weight:400;color:#4b5563}
table.compact{font-size:.88rem}
table.compact th,table.compact td{padding:2px 6px}
ul.flat{margin:0;padding-left:14px}
details.sub>summary{padding:2px 0}
details.sub>summary h3{margin-right:4px}
#objectives .unit{margin:0}
#objectives .unit>summary{padding:2px 0}
.pair{display:grid;grid-template-columns:repeat(auto-fit,minmax(420px,1fr));gap:0 16px;align-items:start}
ul{margin:2px 0 6px;padding-left:18px}
li{margin:1px 0}
.objective{margin:10px 0 2px;display:flex;flex-wrap:wrap;align-items:center;gap:4px 10px}
.unit{margin:0 0 6px}
.unit>summary{font-size:1rem}
.charts-box>summary{font-size:.85rem;color:#374151;padding:2px 0}
.charts{display:flex;flex-wrap:wrap;gap:10px;margin:4px 0}
figure{margin:0;background:#fff;border:1px solid #e5e7eb;border-radius:8px;padding:6px}
figcaption{font-size:.78rem;color:#374151;max-width:320px;margin-top:2px}
.legend{font-size:.8rem;color:#4b5563;margin:6px 0 0}
.muted{color:#6b7280}
.sr-only{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.note{color:#374151;font-style:italic}
svg{display:block;max-width:100%;height:auto}
.objective svg,table svg{display:inline-block;vertical-align:middle}
.sokr-status-pending{background:#4b5563}
.sokr-status-on-track{background:#166534}
.sokr-status-at-risk{background:#92400e}
.sokr-status-off-track{background:#b91c1c}
.sokr-status-achieved{background:#1e40af}
.sokr-status-missed{background:#6b21a8}
.sokr-track{fill:#e5e7eb}
.sokr-expected{stroke:#111827;stroke-width:2}
.sokr-bar-value{dominant-baseline:central;font-size:12px;font-family:system-ui,sans-serif;fill:#111827}
.sokr-plot{fill:#fff;stroke:#d1d5db}
.sokr-range{fill:#dcfce7}
.sokr-grid{stroke:#e5e7eb}
.sokr-axis{font-size:10px;font-family:system-ui,sans-serif;fill:#4b5563}
.sokr-ideal{stroke:#9ca3af;stroke-dasharray:2 3}
.sokr-target{stroke:#15803d;stroke-width:1.5}
.sokr-asof{stroke:#6b7280;stroke-dasharray:4 2}
.sokr-series{fill:none;stroke-width:2}
.sokr-forecast{stroke-width:1.5;stroke-dasharray:6 4}
.sokr-empty{font-size:12px;font-family:system-ui,sans-serif;fill:#4b5563}
@media print{
body{background:#fff;font-size:11pt}
main{max-width:none;padding:0}
nav.contents{display:none}
.card,figure,tr{break-inside:avoid}
.status,.chips li,.swatch,rect.sokr-bar{-webkit-print-color-adjust:exact;print-color-adjust:exact}
details::details-content{content-visibility:visible;display:contents}
details>summary{list-style:none}
.pair{display:block}
}
`;
