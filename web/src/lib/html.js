// htm bound to Preact: components are written as tagged templates, with no build-time JSX.
// Interpolated values are always rendered as text nodes or attributes, never as markup.
import { h } from 'preact';
import htm from 'htm';

export const html = htm.bind(h);
