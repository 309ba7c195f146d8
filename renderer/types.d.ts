// Layout extensions ship without type declarations; they are Cytoscape extension registrars.
declare module 'cytoscape-fcose' {
  const ext: cytoscape.Ext;
  export default ext;
}
declare module 'cytoscape-dagre' {
  const ext: cytoscape.Ext;
  export default ext;
}
