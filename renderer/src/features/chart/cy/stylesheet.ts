/**
 * The chart's Cytoscape stylesheet for a theme. Entities are drawn as their symbol image (see
 * icons.ts) with the identity label beneath; links take their type's colour and their strength's
 * line (solid confirmed, dashed unconfirmed, dotted tentative), with arrows when directed.
 */
import type { StylesheetJson } from 'cytoscape';
import { chartColours, type ChartTheme } from './palette';

export function chartStylesheet(theme: ChartTheme): StylesheetJson {
  const c = chartColours[theme];
  return [
    {
      selector: 'node.entity',
      style: {
        // The node is its symbol image (disc and badges, see icons.ts). No clipping or overflow:
        // those made Cytoscape draw every image afresh each frame (pan/zoom fell below 2 fps).
        shape: 'ellipse',
        width: 'data(size)',
        height: 'data(size)',
        'background-opacity': 0,
        'background-image': 'data(image)',
        'background-fit': 'contain',
        'border-width': 0,
        label: 'data(label)',
        'font-size': 11,
        'font-family': 'Segoe UI, Noto Sans, Arial, sans-serif',
        color: c.text,
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': -7,
        'text-wrap': 'wrap',
        'text-max-width': '150px',
        'text-background-color': c.textBackground,
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
        'text-background-shape': 'roundrectangle',
        // Labels below this on-screen size are skipped: unreadable anyway, and costly at 5,000 nodes.
        'min-zoomed-font-size': 7,
        'overlay-opacity': 0,
      },
    },
    {
      selector: 'node.entity:selected',
      style: {
        'underlay-color': c.selection,
        'underlay-opacity': 0.4,
        'underlay-padding': 5,
        'underlay-shape': 'ellipse',
        'font-weight': 'bold',
      },
    },
    {
      selector: 'edge.link',
      style: {
        width: 'data(width)',
        'line-color': 'data(colour)',
        'line-style': 'solid',
        // Straight unless the pair has several links (renderModel marks those "parallel").
        'curve-style': 'straight',
        'target-arrow-shape': 'none',
        'arrow-scale': 1.1,
        'font-size': 9,
        color: c.textMuted,
        'text-rotation': 'autorotate',
        'text-background-color': c.textBackground,
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
        'min-zoomed-font-size': 9,
        'overlay-opacity': 0,
      },
    },
    { selector: 'edge.link.parallel', style: { 'curve-style': 'bezier' } },
    // Link labels on smaller charts and on selected links only: thousands of rotated labels cost
    // seconds to lay out and say little at that scale.
    { selector: 'edge.link.labelled, edge.link:selected', style: { label: 'data(label)' } },
    { selector: 'edge.strength-unconfirmed', style: { 'line-style': 'dashed', 'line-dash-pattern': [8, 5] } },
    {
      selector: 'edge.strength-tentative',
      style: { 'line-style': 'dotted', 'line-dash-pattern': [2, 4], 'line-cap': 'round' },
    },
    {
      selector: 'edge.directed',
      style: { 'target-arrow-shape': 'triangle', 'target-arrow-color': 'data(colour)' },
    },
    {
      selector: 'edge.link:selected',
      style: {
        'underlay-color': c.selection,
        'underlay-opacity': 0.35,
        'underlay-padding': 4,
        color: c.text,
      },
    },
    {
      selector: 'edge.meta-link',
      style: {
        width: 3,
        'line-color': c.groupBorder,
        'line-style': 'solid',
        'curve-style': 'bezier',
        label: 'data(label)',
        'font-size': 9,
        color: c.textMuted,
        'text-rotation': 'autorotate',
        'text-background-color': c.textBackground,
        'text-background-opacity': 0.85,
        'min-zoomed-font-size': 9,
      },
    },
    {
      selector: 'node.group-box',
      style: {
        shape: 'round-rectangle',
        'background-color': c.groupFill,
        'background-opacity': 0.6,
        'border-width': 1.5,
        'border-style': 'dashed',
        'border-color': c.groupBorder,
        padding: '18px',
        label: 'data(label)',
        'text-valign': 'top',
        'text-halign': 'center',
        'text-margin-y': -4,
        'font-size': 12,
        'font-weight': 'bold',
        color: c.text,
        'min-zoomed-font-size': 6,
      },
    },
    { selector: 'node.group-box[colour != ""]', style: { 'border-color': 'data(colour)' } },
    {
      selector: 'node.group-summary',
      style: {
        shape: 'round-rectangle',
        width: 150,
        height: 44,
        'background-color': c.groupFill,
        'border-width': 2,
        'border-color': c.groupBorder,
        label: 'data(label)',
        'text-valign': 'center',
        'text-halign': 'center',
        'text-wrap': 'ellipsis',
        'text-max-width': '140px',
        'font-size': 12,
        'font-weight': 'bold',
        color: c.text,
      },
    },
    { selector: 'node.group-summary[colour != ""]', style: { 'border-color': 'data(colour)' } },
    {
      selector: 'node.group-box:selected, node.group-summary:selected',
      style: { 'border-color': c.selection, 'border-width': 3 },
    },
    {
      selector: 'node.note',
      style: {
        shape: 'round-rectangle',
        width: 'data(width)',
        height: 'data(height)',
        'background-color': c.noteFill,
        'border-width': 1,
        'border-color': c.noteBorder,
        label: 'data(label)',
        'text-wrap': 'wrap',
        'text-max-width': 'data(wrap)' as unknown as string,
        'text-valign': 'center',
        'text-halign': 'center',
        'font-size': 12,
        color: c.noteText,
        'min-zoomed-font-size': 5,
      },
    },
    { selector: 'node.note:selected', style: { 'border-color': c.selection, 'border-width': 3 } },
    { selector: '.hidden, .filtered-hide', style: { display: 'none' } },
    { selector: '.filtered-dim', style: { opacity: 0.18 } },
    { selector: '.faded', style: { opacity: 0.2 } },
    {
      selector: 'node.entity.highlight',
      style: {
        'outline-color': c.highlight,
        'outline-width': 4,
        'outline-offset': 3,
        'outline-opacity': 1,
        'z-index': 10,
      },
    },
    {
      selector: 'edge.link.highlight',
      style: {
        'underlay-color': c.highlight,
        'underlay-opacity': 0.55,
        'underlay-padding': 4,
        'z-index': 10,
      },
    },
  ];
}
