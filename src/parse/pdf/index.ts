// The PDF reader's entry points (see read.ts for how a PDF becomes the model).
export { readPdf } from "./read.ts";
export { isPdf, MAX_PDF_BYTES } from "./sniff.ts";
