// One grammar for an HTML comment, the one the HTML reader (parse5) follows: "<!-->" and "<!--->" are empty
// comments, and "--!>" closes one as "-->" does. Every place that finds, strips or counts comments uses it,
// so what is dropped from the visible text is exactly what is kept as a comment.

/** A closed HTML comment. */
export const HTML_COMMENT = /<!--(?:-?>|[\s\S]*?--!?>)/g;

/** A comment's delimiters ("<!--", "-->", "--!>"): markup, its words aside. */
export const COMMENT_DELIMITERS = /<!--|--!?>/g;
