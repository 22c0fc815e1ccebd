// The plan on a face and a body: every treatment zone drawn, the planned ones coloured and
// labelled with their depth range, those moved off the protocol's range marked. The maps are
// pictures (role="img" with a text equivalent); the depth table beside them is the accessible
// and keyboard-operable form of the same data. A click on a planned zone selects it for editing.
import { formatDepth } from '../lib/format.js';
import { html } from '../lib/html.js';
import { zoneLabel } from '../lib/codes.js';

// Shapes per zone (SVG elements), the point a label's leader line ends at, and the label's
// row and side (face: 560×400 with the face centred at x 280; body: 560×420).
const FACE = {
  forehead: { shapes: [['rect', { x: 170, y: 50, width: 220, height: 66 }]], point: [240, 84], label: ['left', 72] },
  temples: {
    shapes: [
      ['rect', { x: 170, y: 116, width: 34, height: 64 }],
      ['rect', { x: 356, y: 116, width: 34, height: 64 }],
    ],
    point: [186, 140],
    label: ['left', 140],
  },
  periorbital: {
    shapes: [
      ['ellipse', { cx: 236, cy: 150, rx: 32, ry: 19 }],
      ['ellipse', { cx: 324, cy: 150, rx: 32, ry: 19 }],
    ],
    point: [348, 150],
    label: ['right', 118],
  },
  cheeks: {
    shapes: [
      ['ellipse', { cx: 222, cy: 224, rx: 38, ry: 40 }],
      ['ellipse', { cx: 338, cy: 224, rx: 38, ry: 40 }],
    ],
    point: [205, 226],
    label: ['left', 214],
  },
  nose: { shapes: [['path', { d: 'M280 138 L262 228 Q280 242 298 228 Z' }]], point: [292, 200], label: ['right', 190] },
  perioral: { shapes: [['ellipse', { cx: 280, cy: 276, rx: 44, ry: 22 }]], point: [316, 276], label: ['right', 262] },
  chin: { shapes: [['ellipse', { cx: 280, cy: 330, rx: 40, ry: 24 }]], point: [300, 334], label: ['right', 334] },
  jawline: {
    shapes: [
      ['path', { d: 'M178 250 Q192 314 242 344', class: 'zone__stroke' }],
      ['path', { d: 'M382 250 Q368 314 318 344', class: 'zone__stroke' }],
    ],
    point: [196, 304],
    label: ['left', 300],
  },
};

const BODY = {
  neck: {
    shapes: [
      ['rect', { x: 189, y: 62, width: 22, height: 20 }],
      ['rect', { x: 349, y: 62, width: 22, height: 20 }],
    ],
    point: [189, 72],
    label: ['left', 58],
  },
  decolletage: { shapes: [['path', { d: 'M162 84 L238 84 L230 122 L170 122 Z' }]], point: [172, 102], label: ['left', 104] },
  arms: {
    shapes: [
      ['rect', { x: 136, y: 88, width: 22, height: 118, rx: 10 }],
      ['rect', { x: 242, y: 88, width: 22, height: 118, rx: 10 }],
      ['rect', { x: 296, y: 88, width: 22, height: 118, rx: 10 }],
      ['rect', { x: 402, y: 88, width: 22, height: 118, rx: 10 }],
    ],
    point: [140, 150],
    label: ['left', 150],
  },
  abdomen: { shapes: [['rect', { x: 168, y: 150, width: 64, height: 68 }]], point: [180, 190], label: ['left', 196] },
  hands: {
    shapes: [
      ['ellipse', { cx: 147, cy: 222, rx: 11, ry: 15 }],
      ['ellipse', { cx: 253, cy: 222, rx: 11, ry: 15 }],
      ['ellipse', { cx: 307, cy: 222, rx: 11, ry: 15 }],
      ['ellipse', { cx: 413, cy: 222, rx: 11, ry: 15 }],
    ],
    point: [140, 226],
    label: ['left', 242],
  },
  thighs: {
    shapes: [
      ['rect', { x: 170, y: 246, width: 28, height: 88, rx: 8 }],
      ['rect', { x: 202, y: 246, width: 28, height: 88, rx: 8 }],
      ['rect', { x: 330, y: 262, width: 28, height: 74, rx: 8 }],
      ['rect', { x: 362, y: 262, width: 28, height: 74, rx: 8 }],
    ],
    point: [180, 292],
    label: ['left', 292],
  },
  back: { shapes: [['rect', { x: 328, y: 84, width: 64, height: 134 }]], point: [384, 150], label: ['right', 130] },
  buttocks: {
    shapes: [
      ['ellipse', { cx: 345, cy: 240, rx: 17, ry: 21 }],
      ['ellipse', { cx: 375, cy: 240, rx: 17, ry: 21 }],
    ],
    point: [386, 244],
    label: ['right', 236],
  },
};

function zoneClass(zone, planned, selected, marked) {
  const classes = ['zone'];
  if (planned) classes.push('zone--planned');
  if (marked && marked.includes(zone)) classes.push('zone--marked');
  if (planned && planned.override_reason) classes.push('zone--override');
  if (selected === zone) classes.push('zone--selected');
  return classes.join(' ');
}

function Shapes({ table, byZone, selected, onSelect, marked }) {
  return Object.entries(table).map(([zone, spec]) => {
    const planned = byZone[zone];
    return html`<g
      class=${zoneClass(zone, planned, selected, marked)}
      data-zone=${zone}
      onClick=${planned && onSelect ? () => onSelect(zone) : undefined}
    >
      ${spec.shapes.map(([tag, attributes]) => html`<${tag} ...${attributes} />`)}
    </g>`;
  });
}

function Labels({ table, byZone }) {
  return Object.entries(table)
    .filter(([zone]) => byZone[zone])
    .map(([zone, spec]) => {
      const [side, y] = spec.label;
      const x = side === 'left' ? 6 : 554;
      const anchor = side === 'left' ? 'start' : 'end';
      const planned = byZone[zone];
      // Where the text ends, roughly (17 px text is about 9 units a character).
      const width = 9 * Math.max(zoneLabel(zone).length + 2, formatDepth(planned.depth_mm).length) + 6;
      const lineStart = side === 'left' ? x + width : x - width;
      return html`<g class=${planned.capped_by_zone ? 'zone-label zone-label--capped' : 'zone-label'} data-zone=${zone} data-capped=${planned.capped_by_zone ? 'true' : undefined}>
        <line x1=${lineStart} y1=${y - 4} x2=${spec.point[0]} y2=${spec.point[1]} />
        <circle cx=${spec.point[0]} cy=${spec.point[1]} r="3" />
        <text x=${x} y=${y - 9} text-anchor=${anchor} class="zone-label__name">${zoneLabel(zone)}${planned.override_reason ? ' *' : ''}${planned.capped_by_zone ? ' †' : ''}</text>
        <text x=${x} y=${y + 12} text-anchor=${anchor} class="zone-label__depth">${formatDepth(planned.depth_mm)}</text>
      </g>`;
    });
}

function describe(zones) {
  return zones
    .map((z) => `${zoneLabel(z.zone)} ${formatDepth(z.depth_mm)}${z.override_reason ? ' (changed)' : ''}${z.capped_by_zone ? ' (capped by the zone)' : ''}`)
    .join('; ');
}

// `zones`: the plan's [{zone, depth_mm, override_reason, capped_by_zone}]; `selected`: a zone
// code or null. A zone whose depth the zone's own limit capped (below what its concern asks
// for) is marked † on the map. `marked`: zone codes drawn as done (a session's charted zones).
export function ZoneMap({ zones, selected, onSelect, caption, marked }) {
  const byZone = Object.fromEntries(zones.map((z) => [z.zone, z]));
  const face = zones.filter((z) => FACE[z.zone]);
  const body = zones.filter((z) => BODY[z.zone]);
  return html`<figure class="zone-map">
    <div class="zone-map__pictures">
      ${(face.length > 0 || body.length === 0) &&
      html`<svg
        class="zone-map__face"
        viewBox="0 0 560 400"
        role="img"
        aria-label=${`Face: ${face.length ? describe(face) : 'no face zone planned'}`}
      >
        <defs><clipPath id="face-clip"><ellipse cx="280" cy="200" rx="110" ry="150" /></clipPath></defs>
        <ellipse class="outline" cx="280" cy="200" rx="110" ry="150" />
        <g clip-path="url(#face-clip)"><${Shapes} table=${FACE} byZone=${byZone} selected=${selected} onSelect=${onSelect} marked=${marked} /></g>
        <g class="features" aria-hidden="true">
          <path d="M214 128 Q236 118 258 128 M302 128 Q324 118 346 128" />
          <path d="M222 151 Q236 143 250 151 Q236 158 222 151 Z M310 151 Q324 143 338 151 Q324 158 310 151 Z" />
          <path d="M258 278 Q280 288 302 278" />
        </g>
        <${Labels} table=${FACE} byZone=${byZone} />
      </svg>`}
      ${body.length > 0 &&
      html`<svg
        class="zone-map__body"
        viewBox="0 0 560 420"
        role="img"
        aria-label=${`Body, front and back: ${body.length ? describe(body) : 'no body zone planned'}`}
      >
        <g class="silhouette" aria-hidden="true">
          <circle cx="200" cy="40" r="24" /><circle cx="360" cy="40" r="24" />
          <rect x="168" y="122" width="64" height="28" /><rect x="168" y="218" width="64" height="28" />
          <rect x="174" y="334" width="22" height="74" rx="8" /><rect x="204" y="334" width="22" height="74" rx="8" />
          <rect x="334" y="336" width="22" height="72" rx="8" /><rect x="364" y="336" width="22" height="72" rx="8" />
        </g>
        <${Shapes} table=${BODY} byZone=${byZone} selected=${selected} onSelect=${onSelect} marked=${marked} />
        <text x="200" y="418" text-anchor="middle" class="zone-map__side">Front</text>
        <text x="360" y="418" text-anchor="middle" class="zone-map__side">Back</text>
        <${Labels} table=${BODY} byZone=${byZone} />
      </svg>`}
    </div>
    ${caption && html`<figcaption>${caption}</figcaption>`}
  </figure>`;
}
