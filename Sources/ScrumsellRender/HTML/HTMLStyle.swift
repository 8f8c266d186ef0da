/// The style sheet every page carries inline (no file beside it, no web font, no network):
/// system fonts, a light and a dark palette (`prefers-color-scheme`), tables and boards that
/// reflow on a phone's width, and a print style without navigation or colour fills.
///
/// The charts draw with the classes `s0`…`s5` (one per series) and `axis`, `grid`, `label`, `value`,
/// so their colours follow the palette.
public enum HTMLStyle {
    public static let css = """
    :root{--fg:#1d2430;--muted:#5b6675;--bg:#fff;--panel:#f4f6f9;--line:#d7dce3;--link:#0b5cad;--warn:#b3261e;--warn-bg:#fdecea;--ok:#1b7f3b;\
    --c0:#2f6fb3;--c1:#e08a2e;--c2:#3c9a5f;--c3:#8a5cc2;--c4:#c2465c;--c5:#6b7a8f;color-scheme:light dark}
    @media (prefers-color-scheme:dark){:root{--fg:#e6e9ee;--muted:#a3adba;--bg:#14181e;--panel:#1d232b;--line:#343c47;--link:#7db7f5;\
    --warn:#ff8a80;--warn-bg:#3b1f1f;--ok:#7bd99a;--c0:#6aa6e8;--c1:#f0ab5c;--c2:#6cc48c;--c3:#b493e6;--c4:#e8798c;--c5:#9aa8ba}}
    *{box-sizing:border-box}
    body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--fg);background:var(--bg)}
    header.site{display:flex;flex-wrap:wrap;gap:.4em 1.2em;align-items:baseline;padding:.6em 1.2em;border-bottom:1px solid var(--line);background:var(--panel)}
    header.site .home{font-weight:600}
    header.site nav{display:flex;flex-wrap:wrap;gap:.2em 1em}
    main{max-width:72em;margin:0 auto;padding:1em 1.2em 2em}
    footer{max-width:72em;margin:0 auto;padding:1em 1.2em;color:var(--muted);font-size:.85em;border-top:1px solid var(--line)}
    a{color:var(--link)}
    h1{font-size:1.6em;margin:.3em 0}h2{font-size:1.25em;margin:1.6em 0 .5em;border-bottom:1px solid var(--line);padding-bottom:.2em}h3{font-size:1.05em;margin:1.2em 0 .4em}
    .meta{color:var(--muted)}
    table{border-collapse:collapse;margin:.4em 0 1em;font-size:.93em}
    th,td{border:1px solid var(--line);padding:.3em .55em;text-align:left;vertical-align:top}
    th{background:var(--panel);font-weight:600}
    td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
    .scroll{overflow-x:auto;max-width:100%}
    .tiles{display:grid;grid-template-columns:repeat(auto-fit,minmax(11em,1fr));gap:.8em;margin:1em 0}
    .tile{background:var(--panel);border:1px solid var(--line);border-radius:6px;padding:.7em .9em}
    .tile .figure{display:block;font-size:1.5em;font-weight:650;font-variant-numeric:tabular-nums}
    .tile .label{color:var(--muted);font-size:.88em}
    .charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(22em,1fr));gap:1.2em}
    figure.chart.wide{grid-column:1/-1}figure.chart{margin:0;background:var(--panel);border:1px solid var(--line);border-radius:6px;padding:.6em}
    figure.chart figcaption{font-weight:600;margin-bottom:.3em}
    figure.chart svg{width:100%;height:auto;display:block}figure.chart.wide svg{max-width:36em;margin:0 auto}
    figure.chart table{width:100%;font-size:.85em}
    .s0{fill:var(--c0);stroke:var(--c0)}.s1{fill:var(--c1);stroke:var(--c1)}.s2{fill:var(--c2);stroke:var(--c2)}\
    .s3{fill:var(--c3);stroke:var(--c3)}.s4{fill:var(--c4);stroke:var(--c4)}.s5{fill:var(--c5);stroke:var(--c5)}
    svg rect[class^=s],svg polygon[class^=s]{stroke:none}
    svg polyline,svg polyline[class]{fill:none;stroke-width:2.5}svg polyline.ideal{stroke-dasharray:6 4;stroke-width:1.5}
    svg .axis{stroke:var(--muted);stroke-width:1}svg .grid{stroke:var(--line);stroke-width:1}
    svg text{fill:var(--fg);font-size:11px;font-family:inherit}svg text.label{fill:var(--muted)}\
    svg text.value{font-weight:600;paint-order:stroke;stroke:var(--bg);stroke-width:3px;stroke-linejoin:round}
    .key{display:inline-block;width:.8em;height:.8em;border-radius:2px;margin-right:.3em;vertical-align:baseline}
    .key.s0{background:var(--c0)}.key.s1{background:var(--c1)}.key.s2{background:var(--c2)}.key.s3{background:var(--c3)}.key.s4{background:var(--c4)}.key.s5{background:var(--c5)}
    .overdue,.warn{color:var(--warn);font-weight:600}
    .badge{display:inline-block;padding:0 .45em;border-radius:3px;font-size:.82em;background:var(--panel);border:1px solid var(--line)}
    .badge.warn{background:var(--warn-bg);border-color:var(--warn)}
    .board{display:grid;grid-template-columns:9em repeat(4,minmax(10em,1fr));gap:.4em;align-items:start}
    .board .lane-head{font-weight:600;background:var(--panel);border:1px solid var(--line);border-radius:4px;padding:.3em .5em}
    .board .person{font-weight:600;padding:.3em 0}.board .person .meta{font-weight:400;font-size:.88em}
    .board .cell{min-height:2.5em;border:1px dashed var(--line);border-radius:4px;padding:.25em}
    .card{background:var(--bg);border:1px solid var(--line);border-left:4px solid var(--c0);border-radius:4px;padding:.35em .5em;margin:.25em 0;font-size:.9em}
    .card.done{border-left-color:var(--ok)}.card.dropped{border-left-color:var(--c5);opacity:.75}.card.overdue-card{border-left-color:var(--warn)}
    .card .facts{color:var(--muted);font-size:.88em;display:flex;flex-wrap:wrap;gap:0 .7em}
    ul.plain{padding-left:1.2em}
    .state{font-family:ui-monospace,Menlo,Consolas,monospace;white-space:pre}
    @media (max-width:40em){body{font-size:14px}main{padding:.6em}.board{grid-template-columns:1fr}.board .lane-head{display:none}\
    .board .cell::before{content:attr(data-lane);display:block;color:var(--muted);font-size:.8em}.charts{grid-template-columns:1fr}}
    @media print{header.site,footer nav{display:none}body{color:#000;background:#fff;font-size:11pt}main{max-width:none;padding:0}\
    a{color:#000;text-decoration:none}.tile,figure.chart,.board .lane-head,th{background:none}figure.chart,table,.card{break-inside:avoid}\
    h2{break-after:avoid}}
    """
}
