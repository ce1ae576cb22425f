// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { stripActiveContent } from '../../../src/charts/export/stripActiveContent';

/** No element that runs code, no handler attribute, no javascript: link, in the parsed result. */
function expectInert(svg: string) {
  expect(svg).not.toMatch(/<\s*(\w+:)?script/i);
  expect(svg).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.querySelector('parsererror')).toBeNull();
  const elements = [...doc.querySelectorAll('*')];
  expect(elements.filter((el) => /script|foreignobject/i.test(el.localName))).toEqual([]);
  for (const el of elements)
    for (const attribute of el.attributes) {
      expect(attribute.localName).not.toMatch(/^on/i);
      expect(attribute.value).not.toMatch(/javascript:/i);
    }
}

describe('stripActiveContent', () => {
  it.each([
    ['a script element', '<svg><script>bad()</script><text>t</text></svg>'],
    [
      'a script with a namespace prefix and odd case',
      '<svg><svg:SCRIPT type="x">bad()</svg:SCRIPT><text>t</text></svg>',
    ],
    ['a self-closed script', '<svg><script href="https://evil.example/x.js"/><text>t</text></svg>'],
    ['an unclosed script', '<svg><text>t</text><script>bad()'],
    ['a script split around another', '<svg><scr<script></script>ipt>bad()</script><text>t</text></svg>'],
    ['handlers in either quotes or none', '<svg onload="x()"><text onclick=\'y()\' onmouseover=z()>t</text></svg>'],
    ['a javascript: link', '<svg><a href="javascript:bad()"><text>t</text></a></svg>'],
    [
      'a javascript: link hidden by spacing and references',
      '<svg><a xlink:href=" java&#x09;script:bad()"><text>t</text></a></svg>',
    ],
    [
      'HTML in a foreignObject',
      '<svg><foreignObject><img src="x" onerror="bad()"/></foreignObject><text>t</text></svg>',
    ],
    [
      'an animation that rewrites a link',
      '<svg><a href="#a"><set attributeName="href" to="javascript:bad()"/><text>t</text></a></svg>',
    ],
    [
      'a script in a comment or CDATA',
      '<svg><!-- <script>bad()</script> --><![CDATA[<script>bad()</script>]]><text>t</text></svg>',
    ],
  ])('removes %s and keeps the text', (_, dirty) => {
    const clean = stripActiveContent(dirty);
    expectInert(clean.endsWith('</svg>') ? clean : `${clean}</svg>`);
    expect(clean).toMatch(/<text>t<\/text>/);
  });

  it('keeps the chart markup it is meant for unchanged', () => {
    const chart =
      '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="80" viewBox="0 0 600 80" font-family="system-ui, \'Segoe UI\'">' +
      '<defs><pattern id="s1-hatch" width="5" height="5"><rect width="5" height="5" fill="#cfe8f7"></rect></pattern></defs>' +
      '<g class="chart-row" data-row-id="politburo"><title>Politburo: 24 people</title>' +
      '<rect class="relatives" x="1" y="2" width="3" height="4" fill="url(#s1-hatch)"/>' +
      '<text class="value-label" font-size="12" paint-order="stroke" stroke-width="3">≈ 3,580 (3,310–3,850)</text></g>' +
      '<a href="https://example.org/?v=1&amp;p=x"><text>link</text></a></svg>';
    expect(stripActiveContent(chart)).toBe(chart);
  });

  it('never changes text, even text that looks like an attribute', () => {
    const svg = '<svg><text>Members with one = 1 child, onload = 2 &amp; x &lt; y > z</text></svg>';
    expect(stripActiveContent(svg)).toBe(svg);
  });
});
