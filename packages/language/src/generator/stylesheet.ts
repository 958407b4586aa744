/**
 * The CSS of published minutes: screen (light and dark via prefers-color-scheme) and paper: A4 with
 * margins for binding and filing, «Side N av M» in the footer of every page (each page adds its
 * title beside it, and a draft its mark at the top: html.ts). Colours are chosen for WCAG 2.1 AA
 * contrast (4.5:1 or more for text) in both schemes.
 */
const CSS = `
:root {
  color-scheme: light dark;
  --tekst: #1b1b1b; --svak: #4a4a4a; --bakgrunn: #ffffff; --flate: #f3f5f8; --linje: #c9ced6;
  --lenke: #0a4fa8; --vedtak: #eef4fb; --vedtak-kant: #0a4fa8; --forfalt: #a3000b; --utkast: #7a4b00;
}
@media (prefers-color-scheme: dark) {
  :root {
    --tekst: #e9e9e9; --svak: #c2c2c2; --bakgrunn: #15171a; --flate: #1f2327; --linje: #3f454d;
    --lenke: #8cc2ff; --vedtak: #1b2633; --vedtak-kant: #8cc2ff; --forfalt: #ff9b9b; --utkast: #ffcf7a;
  }
}
* { box-sizing: border-box; }
html { background: var(--bakgrunn); color: var(--tekst); }
body { margin: 0; font: 1rem/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; }
main { max-width: 48rem; margin: 0 auto; padding: 1.5rem 1rem 4rem; }
a { color: var(--lenke); text-decoration-thickness: 0.08em; text-underline-offset: 0.15em; overflow-wrap: break-word; }
a:focus-visible { outline: 3px solid var(--lenke); outline-offset: 2px; }
h1, h2, h3, h4, h5, h6 { line-height: 1.25; margin: 2rem 0 0.75rem; }
h1 { font-size: 1.75rem; margin-top: 0.5rem; }
h2 { font-size: 1.35rem; border-bottom: 1px solid var(--linje); padding-bottom: 0.25rem; }
h3 { font-size: 1.15rem; }
.dokumenttype { display: block; font-size: 0.9rem; font-weight: 600; letter-spacing: 0.04em; text-transform: uppercase; color: var(--svak); }
.saksnr { white-space: nowrap; }
.moteinfo { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 0.2rem 1rem; margin: 1rem 0; }
.moteinfo div { display: contents; }
.moteinfo dt { font-weight: 600; }
.moteinfo dd { margin: 0; overflow-wrap: anywhere; }
.utgave { border: 1px solid var(--linje); background: var(--flate); padding: 0.5rem 0.75rem; }
/* Tables fit any width (a narrow pane, a phone): a cell breaks a long word rather than push the table wider. */
table { border-collapse: collapse; width: 100%; max-width: 100%; margin: 0.75rem 0 1.25rem; }
caption { text-align: left; font-weight: 600; padding: 0.25rem 0; }
th, td { text-align: left; vertical-align: top; padding: 0.3rem 0.5rem; border-bottom: 1px solid var(--linje); overflow-wrap: anywhere; }
thead th { border-bottom-width: 2px; }
tbody th { font-weight: 500; }
.saksliste ol { padding-left: 1.25rem; list-style: none; }
.saksliste > ol { padding-left: 0; }
.saksliste li { margin: 0.2rem 0; }
.sak { margin-top: 2.5rem; }
.sak .sak { margin-top: 1.5rem; margin-left: 0.75rem; padding-left: 0.75rem; border-left: 2px solid var(--linje); }
.sakstype, .innledning-ved, .vedlegg, .ansvarlig, .inhabil { margin: 0.3rem 0; }
.vedlegg ul, .ansvarlig ul { margin: 0.2rem 0 0.5rem; }
.vedtak { background: var(--vedtak); border-left: 4px solid var(--vedtak-kant); padding: 0.5rem 1rem; margin: 1rem 0; }
.vedtak-etikett { margin: 0 0 0.25rem; text-transform: uppercase; letter-spacing: 0.04em; font-size: 0.9rem; }
.vedtak > :last-child { margin-bottom: 0.25rem; }
.votering, .dissens { margin: 0.4rem 0; }
.frist { background: var(--flate); border-left: 4px solid var(--linje); padding: 0.4rem 0.75rem; }
.frist.utfort { color: var(--svak); }
.frist-ansvarlig { color: var(--svak); }
.merke { display: inline-block; font-size: 0.85rem; border: 1px solid currentColor; border-radius: 0.25rem; padding: 0 0.35rem; margin-left: 0.25rem; }
.merke.utkast { color: var(--utkast); }
.utkastmerke { border: 2px solid var(--utkast); color: var(--utkast); padding: 0.4rem 0.75rem; margin: 0 0 1rem; font-weight: 600; }
.unntatt-merknad { font-style: italic; }
.mangler { color: var(--svak); font-style: italic; }
.neste-mote p { font-weight: 500; }
.fristliste td:first-child { white-space: nowrap; }
.fristliste tr.forfalt td:first-child { color: var(--forfalt); font-weight: 600; }
main.oversikt { max-width: 72rem; }
main.forside { max-width: 48rem; }
.oversikt ul { padding-left: 1.25rem; }
.organer td:nth-child(2), .organer th:nth-child(2) { text-align: right; }
.organer td:nth-child(3), .organer td:nth-child(4) { white-space: nowrap; }
.sider ul { list-style: none; margin: 0 0 1rem; padding: 0; display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; font-size: 0.95rem; }
@page {
  size: A4;
  margin: 2cm 2cm 2.5cm 2.5cm;
  @bottom-right { content: "Side " counter(page) " av " counter(pages); font: 9pt Georgia, "Times New Roman", serif; color: #333; }
  @bottom-left { font: 9pt Georgia, "Times New Roman", serif; color: #333; }
  @top-center { font: 600 10pt Georgia, "Times New Roman", serif; letter-spacing: 0.08em; text-transform: uppercase; }
}
@media print {
  :root { --tekst: #000; --svak: #333; --bakgrunn: #fff; --flate: #fff; --linje: #888; --lenke: #000; --vedtak: #fff; --vedtak-kant: #000; --forfalt: #000; --utkast: #000; }
  body { font: 11pt/1.45 Georgia, "Times New Roman", serif; }
  main { max-width: none; padding: 0; }
  a { text-decoration: none; }
  h1, h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
  .vedtak, .frist, .votering, .dissens, tr, .moteinfo { break-inside: avoid; page-break-inside: avoid; }
  .vedtak { border: 1px solid #000; border-left-width: 4px; }
  .sider { display: none; }
  .utkastmerke { border-color: #000; }
  .sak { margin-top: 1.5rem; }
}
`;

export function meetingStylesheet(): string {
    return CSS.trim();
}
