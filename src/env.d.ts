/// <reference types="astro/client" />
declare namespace App {
  interface Locals {
    /** Per-page citation state, set by the chapter page and read by <Cite> and <Stat>. */
    citations?: import('./lib/citations.ts').CitationState;
  }
}
