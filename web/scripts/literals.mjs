// The strings written in app.js: every string literal and every fixed part of a template
// literal, read with TypeScript's parser (comments and regular expressions are not strings).
import ts from "typescript";

export function literals(source, name = "app.js") {
  const file = ts.createSourceFile(name, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const out = [];
  const visit = (node) => {
    if (ts.isImportDeclaration(node)) return; // the module's path
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) out.push(node.text);
    else if (ts.isTemplateExpression(node)) {
      out.push(node.head.text);
      for (const span of node.templateSpans) out.push(span.literal.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return out;
}

// Code, not words: ids, classes, selectors, attribute names, MIME types, file names. Lowercase
// ASCII only, so "Next", "Suivant", "Réponse" or "don't" are never taken for code.
const CODE = /^[a-z0-9_\-.:#[\]=/+*()$@%]*$/;
// The only literals of several tokens: class lists and link relations.
const SEVERAL = new Set(["option none", "noopener noreferrer"]);

/** The literals that look like words for people rather than code. */
export function wordsIn(source) {
  return literals(source).filter((text) => {
    const tokens = text.split(/\s+/).filter(Boolean);
    if (tokens.length > 1 && !SEVERAL.has(tokens.join(" "))) return true;
    return !tokens.every((token) => CODE.test(token));
  });
}
