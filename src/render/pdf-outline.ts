import { PDFDocument, PDFHexString, PDFName, PDFNumber, type PDFRef } from "pdf-lib";

// pdf-lib has no outline (bookmark) API: the /Outlines tree is written as the PDF spec (ISO 32000-1,
// 12.3.3) lays it out — a doubly linked list of items per level, each pointing at its page.

export interface OutlineItem {
  title: string;
  page: PDFRef;
  children: OutlineItem[];
}

/** Write `items` as the document's outline and open the bookmarks panel with it. */
export function addOutline(doc: PDFDocument, items: OutlineItem[]): void {
  if (!items.length) return;
  const ctx = doc.context;
  const root = ctx.nextRef();
  const level = (list: OutlineItem[], parent: PDFRef): { first: PDFRef; last: PDFRef; count: number } => {
    const refs = list.map(() => ctx.nextRef());
    let count = list.length;
    list.forEach((item, i) => {
      const d = ctx.obj({
        Title: PDFHexString.fromText(item.title),
        Parent: parent,
        Dest: [item.page, "Fit"],
      });
      if (i > 0) d.set(PDFName.of("Prev"), refs[i - 1]);
      if (i + 1 < list.length) d.set(PDFName.of("Next"), refs[i + 1]);
      if (item.children.length) {
        const sub = level(item.children, refs[i]);
        d.set(PDFName.of("First"), sub.first);
        d.set(PDFName.of("Last"), sub.last);
        // negative: the item starts closed, so 500 POS show as 500 lines
        d.set(PDFName.of("Count"), PDFNumber.of(-sub.count));
      }
      ctx.assign(refs[i], d);
    });
    return { first: refs[0], last: refs[refs.length - 1], count };
  };
  const top = level(items, root);
  ctx.assign(root, ctx.obj({ Type: "Outlines", First: top.first, Last: top.last, Count: top.count }));
  doc.catalog.set(PDFName.of("Outlines"), root);
  doc.catalog.set(PDFName.of("PageMode"), PDFName.of("UseOutlines"));
}
