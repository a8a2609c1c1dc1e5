/** Local typings for the Cytoscape extensions that ship none. */
declare module 'cytoscape-svg' {
  import type { Ext } from 'cytoscape';
  const cytoscapeSvg: Ext;
  export default cytoscapeSvg;
}

declare module 'cytoscape-fcose' {
  import type { Ext } from 'cytoscape';
  const cytoscapeFcose: Ext;
  export default cytoscapeFcose;
}
