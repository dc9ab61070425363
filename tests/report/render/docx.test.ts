import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../src/report/render/docx.js';
import { render } from '../../../src/report/render/index.js';
import { table, type Report } from '../../../src/report/table.js';
import { demoReport, outlineReport } from '../demo.js';

/** The parts of a .docx as text (the PNGs as their sizes). */
function parts(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, name.endsWith('.png') ? `${data.length} bytes` : strFromU8(data)]));
}

/** The document's tables with their titles and notes, one element per line, for a readable snapshot. */
function tablesXml(documentXml: string): string {
  const body = documentXml.slice(documentXml.indexOf('<w:body>') + 8, documentXml.indexOf('<w:sectPr>'));
  return body.replace(/(<w:tbl>|<\/w:tbl>|<w:tblGrid>|<w:tr>|<w:tc>|<w:p>|<w:p\/>)/g, '\n$1').trim() + '\n';
}

const ctx = { lang: 'en' as const, color: false, version: '9.9.9', input: { file: 'data/survey.csv', rows: 4, encoding: 'utf-8', delimiter: ',' } };

describe('renderDocx', () => {
  for (const lang of ['en', 'zh'] as const) {
    it(`writes three-line tables with titles, notes and fonts (${lang})`, async () => {
      const p = parts(render(demoReport(lang), 'docx', { ...ctx, lang }));
      await expect(tablesXml(p['word/document.xml'])).toMatchFileSnapshot(`__snapshots__/docx-tables.${lang}.xml`);
      await expect(p['word/styles.xml'].replace(/(<w:style )/g, '\n$1') + '\n').toMatchFileSnapshot(`__snapshots__/docx-styles.${lang}.xml`);
    });
  }

  it('breaks a Chinese header only where text does, between words (word joiners inside each word)', () => {
    const r: Report = {
      command: 'reliability',
      warnings: [],
      blocks: [table({ id: 'item-total', title: '项总计统计', columns: [{ header: '', kind: 'label' }, { header: '删除项后的克隆巴赫 Alpha', decimals: 3 }], rows: [['q1', 0.852], ['q2', 0.861]] })],
    };
    const xml = parts(renderDocx(r, { lang: 'zh' }))['word/document.xml'];
    const J = '\u2060';
    // The two lines of text's header, joined by a line break; 克隆巴赫 unbreakable, "Alpha" as typed.
    expect(xml).toContain(`删${J}除项后的</w:t><w:br/><w:t xml:space="preserve">克${J}隆${J}巴${J}赫 Alpha</w:t>`);
    const texts = [...xml.matchAll(/<w:t xml:space="preserve">([^<]*)<\/w:t>/g)].map((m) => m[1]);
    // Nowhere may Word break inside 克隆巴赫: every pair of its characters has a joiner between them.
    for (const t of texts) expect(t).not.toMatch(/克隆|隆巴|巴赫/);
  });

  it('is a package Word opens: content types, relationships, core properties', () => {
    const p = parts(renderDocx(outlineReport(), { lang: 'en' }));
    expect(Object.keys(p).sort()).toEqual(['[Content_Types].xml', '_rels/.rels', 'docProps/app.xml', 'docProps/core.xml', 'word/_rels/document.xml.rels', 'word/document.xml', 'word/settings.xml', 'word/styles.xml']);
    expect(Object.keys(unzipSync(renderDocx(outlineReport(), { lang: 'en' })))[0]).toBe('[Content_Types].xml');
    expect(p['[Content_Types].xml']).toContain('PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"');
    expect(p['_rels/.rels']).toContain('Target="word/document.xml"');
    expect(p['docProps/core.xml']).toContain('<dc:title>csat analyze</dc:title>');
  });

  it('makes the three lines: heavy rules above and below, a thin one under the header, no vertical rules', () => {
    const doc = parts(renderDocx(demoReport('en'), { lang: 'en' }))['word/document.xml'];
    expect(doc).toContain('<w:tblBorders><w:top w:val="single" w:sz="12" w:space="0" w:color="000000"/><w:left w:val="nil"/><w:bottom w:val="single" w:sz="12" w:space="0" w:color="000000"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>');
    // The header's cells are ruled below with 0.75 pt; body cells have no borders of their own.
    expect(doc).toContain('<w:tcBorders><w:bottom w:val="single" w:sz="6" w:space="0" w:color="000000"/></w:tcBorders>');
    const bodyRows = doc.split('<w:tr>').filter((r) => !r.includes('<w:tblHeader/>'));
    expect(bodyRows.some((r) => r.includes('<w:tcBorders>'))).toBe(false);
  });

  it('rules every cell with --table-style grid', () => {
    const doc = parts(renderDocx(demoReport('en'), { lang: 'en', tableStyle: 'grid' }))['word/document.xml'];
    const rule = 'w:val="single" w:sz="4" w:space="0" w:color="000000"';
    expect(doc).toContain(`<w:tblBorders><w:top ${rule}/><w:left ${rule}/><w:bottom ${rule}/><w:right ${rule}/><w:insideH ${rule}/><w:insideV ${rule}/></w:tblBorders>`);
    expect(doc).not.toContain('w:val="nil"');
    expect(doc).not.toContain('<w:tcBorders>');
  });

  it('names Times New Roman and SimSun on every run', () => {
    for (const lang of ['en', 'zh'] as const) {
      const doc = parts(renderDocx(demoReport(lang), { lang }))['word/document.xml'];
      const runs = doc.match(/<w:r>.*?<\/w:r>/g)!;
      expect(runs.length).toBeGreaterThan(40);
      for (const r of runs) expect(r).toMatch(/^<w:r><w:rPr><w:rFonts w:ascii="(Times New Roman|Courier New)" w:hAnsi="\1" w:eastAsia="SimSun" w:cs="\1"\/>/);
    }
  });

  it('lines decimal points up as text does: right-aligned, a shorter fraction indented by what it lacks', () => {
    const doc = parts(renderDocx(demoReport('en'), { lang: 'en' }))['word/document.xml'];
    const paragraphs = doc.match(/<w:p>.*?<\/w:p>/g)!;
    // The paragraph properties (after the style) of the table cell showing `text`.
    const props = (text: string) => {
      const p = paragraphs.find((x) => x.includes('<w:pStyle w:val="TableText"/>') && x.includes(`<w:t xml:space="preserve">${text}</w:t>`));
      return /<w:pStyle w:val="TableText"\/>(.*)<\/w:pPr>/.exec(p!)![1];
    };
    // '.482**' and '-.050' share a column: the second lacks the '**' (two half-em stars at 10.5 pt).
    expect(props('.482**')).toBe('<w:jc w:val="right"/>');
    expect(props('-.050')).toBe('<w:ind w:right="210"/><w:jc w:val="right"/>');
    // .3 under 2.500: two digits short. Whole numbers and text are flush right.
    expect(props('.3')).toBe('<w:ind w:right="210"/><w:jc w:val="right"/>');
    expect(props('120')).toBe('<w:jc w:val="right"/>');
    expect(props('—')).toBe('<w:jc w:val="right"/>');
    expect(props('1')).toBe('<w:jc w:val="left"/>');
  });

  it('shows the study title, the data file, headings as Word headings and lists as bullets', () => {
    const doc = parts(renderDocx({ ...outlineReport(), title: 'Bank <survey>' }, { lang: 'en', input: { file: 'data/waves/bank.csv', rows: 9, encoding: 'utf-8', delimiter: ',' } }))['word/document.xml'];
    expect(doc).toContain('<w:pStyle w:val="Title"/></w:pPr><w:r>');
    expect(doc).toContain('>Bank &lt;survey&gt;</w:t>');
    expect(doc).toContain('>Data: bank.csv</w:t>');
    expect(doc).toContain('<w:pStyle w:val="Heading1"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="SimSun" w:cs="Times New Roman"/></w:rPr><w:t xml:space="preserve">Step 1. Sample</w:t>');
    expect(doc).toContain('<w:pStyle w:val="Heading2"/>');
    expect(doc).toContain('<w:t xml:space="preserve">•</w:t><w:tab/><w:t xml:space="preserve">Reliable: *all* items.</w:t>');
  });

  it('leaves a chart out without its picture and embeds it with one', () => {
    const svg = (demoReport('en').blocks.find((b) => b.kind === 'text' && b.text.startsWith('<svg')) as { text: string }).text;
    expect(parts(renderDocx(demoReport('en'), { lang: 'en' }))['word/document.xml']).not.toContain('<w:drawing>');
    const png = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]);
    const p = parts(renderDocx(demoReport('en'), { lang: 'en', images: new Map([[svg, { png, width: 400, height: 250 }]]) }));
    expect(p['word/media/chart1.png']).toBe('8 bytes');
    expect(p['word/_rels/document.xml.rels']).toContain('<Relationship Id="rIdImage1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/chart1.png"/>');
    // 400 x 250 CSS pixels at 96 dpi, in EMU.
    expect(p['word/document.xml']).toContain('<wp:extent cx="3810000" cy="2381250"/>');
    expect(p['word/document.xml']).toContain('<a:blip r:embed="rIdImage1"/>');
  });

  it('never lets data become markup or break the XML', () => {
    const evil = '</w:t><w:b/>&\'"\u0001\u001b[31m\ud800x';
    const r: Report = {
      command: 'x',
      warnings: [evil],
      results: null,
      blocks: [table({ id: 't', title: evil, columns: [{ header: evil, kind: 'label' }], rows: [[evil]], footnotes: [evil] }), { kind: 'text', text: evil }],
    };
    const doc = parts(render(r, 'docx', ctx))['word/document.xml'];
    expect(doc).not.toContain('</w:t><w:b/>&');
    expect(doc).toContain('&lt;/w:t&gt;&lt;w:b/&gt;&amp;&apos;&quot;\\x01\ufffdx');
    expect(doc).not.toMatch(/[\x00-\x08\x0b\x0c\x0e-\x1f]/);
  });

  it('gives the same bytes for the same report', () => {
    expect(renderDocx(demoReport('zh'), { lang: 'zh' })).toEqual(renderDocx(demoReport('zh'), { lang: 'zh' }));
  });
});
