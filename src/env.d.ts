/// <reference types="astro/client" />
/** Per-page render state shared by components; each page render gets fresh locals. */
declare namespace App {
  interface Locals {
    /** Citation numbers and popovers, set by the page from its story nodes, read by <Cite>, <Stat> and <Term>. */
    citations?: import('./lib/citations.ts').CitationState;
    /** Charts whose data is already inlined on this page (<ChartData inline>), so it is written once. */
    chartDataWritten?: Set<string>;
  }
}
