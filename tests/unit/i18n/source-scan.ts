/**
 * Reads the UI's TypeScript sources with the TypeScript compiler API: the words a reader would
 * see written as literals (which should be messages), the message ids the code names, and how
 * many substitutions each call of t(), tPlural() and tParts() passes.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** The repository's root (Vitest runs from it). */
export const ROOT = process.cwd();

/** Every .ts and .tsx file under `dirs` (relative to the root), tests excluded. */
export function sourceFiles(...dirs: string[]): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return walk(path);
      return /\.tsx?$/.test(name) && !/\.d\.ts$/.test(name) ? [path] : [];
    });
  return dirs.flatMap((dir) => walk(join(ROOT, dir))).map((path) => relative(ROOT, path));
}

function parse(file: string, text = readFileSync(join(ROOT, file), 'utf8')): ts.SourceFile {
  return ts.createSourceFile(
    file,
    text,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
}

/** A literal a reader would see, where the code should name a message. */
export interface Finding {
  file: string;
  line: number;
  text: string;
  why: string;
}

/** Attributes whose value a reader sees or hears. */
const SHOWN_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-placeholder',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
]);

/** Words that read the same in every language: the export formats' names. */
const SAME_IN_EVERY_LANGUAGE = new Set(['JSON', 'Markdown', 'CSV']);

/** The functions that take a message id and its substitutions. */
const MESSAGE_CALLS = new Set(['t', 'tPlural', 'tParts']);

const hasWords = (text: string) => /\p{L}/u.test(text);

/** Two words of letters in a row, or a capitalized word that is not an all-capitals code ("WEB"). */
function looksLikeProse(text: string): boolean {
  if (/\p{L}[\p{L}'’.,]*\s+[\p{L}“«(]/u.test(text)) return true;
  return text.split(/[^\p{L}]+/u).some((word) => /^\p{Lu}\p{Ll}/u.test(word));
}

function calleeName(call: ts.CallExpression): string | undefined {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return undefined;
}

/** Whether `node` sits where its text is not shown: a type, an import, a message call, a comparison… */
function exempt(node: ts.Node): boolean {
  for (let at: ts.Node = node; at.parent; at = at.parent) {
    const parent = at.parent;
    if (ts.isTypeNode(parent) || ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent))
      return true;
    if (ts.isCallExpression(parent)) {
      const name = calleeName(parent);
      const id = parent.arguments[name === 'tPlural' ? 1 : 0];
      if (name && MESSAGE_CALLS.has(name) && id === at) return true;
    }
    // `e.key === 'Escape'`, `status === 'ready'`: compared, never shown.
    if (
      ts.isBinaryExpression(parent) &&
      [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken].includes(
        parent.operatorToken.kind,
      )
    )
      return true;
    if (ts.isCaseClause(parent) && parent.expression === at) return true;
    if (ts.isPropertyAssignment(parent) && parent.name === at) return true;
    // JSX attributes other than the shown ones (class, type, role, key…) are not read.
    if (ts.isJsxAttribute(parent)) return !SHOWN_ATTRIBUTES.has(parent.name.getText());
    if (ts.isJsxElement(parent) || ts.isJsxSelfClosingElement(parent) || ts.isJsxFragment(parent))
      return false;
  }
  return false;
}

/** Whether `node` is inside a JSX child `{…}` or a shown attribute, where any words are shown. */
function inJsx(node: ts.Node): boolean {
  for (let at: ts.Node = node; at.parent; at = at.parent) {
    const parent = at.parent;
    if (ts.isJsxAttribute(parent)) return SHOWN_ATTRIBUTES.has(parent.name.getText());
    if (ts.isJsxExpression(parent)) return true;
    if (ts.isFunctionLike(parent)) return false;
  }
  return false;
}

/** The texts of a literal: a string, or the fixed parts of a template. */
function literalTexts(node: ts.Node): string[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isTemplateExpression(node))
    return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)];
  return [];
}

/**
 * The literals a reader would see in `file` (or in `text`, given as that file's contents):
 * JSX text with letters; literals with letters in a shown attribute or a JSX child; and, anywhere
 * else in the file, literals that read as prose (two words, or a capitalized word), such as a
 * status set in a handler.
 */
export function shownLiterals(file: string, text?: string): Finding[] {
  const source = parse(file, text);
  const findings: Finding[] = [];
  const report = (node: ts.Node, text: string, why: string) =>
    findings.push({
      file,
      line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1,
      text: text.trim(),
      why,
    });
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) {
      const words = node.text.trim();
      if (hasWords(words) && !SAME_IN_EVERY_LANGUAGE.has(words)) report(node, words, 'JSX text');
    } else if (ts.isJsxAttribute(node) && node.initializer && ts.isStringLiteral(node.initializer)) {
      if (SHOWN_ATTRIBUTES.has(node.name.getText()) && hasWords(node.initializer.text))
        report(node, node.initializer.text, `${node.name.getText()} attribute`);
    } else {
      const texts = literalTexts(node);
      if (texts.length > 0 && !ts.isJsxAttribute(node.parent) && !exempt(node)) {
        // A template's substitutions read as a word ("${n} verses" as "x verses").
        const words = hasWords(texts.join(''));
        const shown = words && (inJsx(node) || looksLikeProse(texts.join('x')));
        if (shown) report(node, texts.join('…'), 'literal');
      }
      if (ts.isTemplateExpression(node)) {
        node.templateSpans.forEach((span) => visit(span.expression));
        return;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return findings;
}

/** A call naming a message: its id and how many substitutions it passes (undefined with a spread). */
export interface MessageCall {
  file: string;
  line: number;
  fn: string;
  id: string;
  substitutions: number | undefined;
}

/**
 * Every call of t(), tPlural(), tParts() or getMessage() with a literal id (and every `new
 * ImportError(id, [substitutions])`), and the ids written in
 * an id argument that is an expression or in tables typed as message ids (`const X: Record<K, MessageId> = {…}`, `{…} satisfies …MessageId…`).
 */
export function scanMessages(file: string): { calls: MessageCall[]; tableIds: string[] } {
  const source = parse(file);
  const calls: MessageCall[] = [];
  const tableIds: string[] = [];
  const collect = (node: ts.Node): void => {
    if (ts.isStringLiteral(node)) tableIds.push(node.text);
    ts.forEachChild(node, collect);
  };
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node)) {
      const fn = calleeName(node);
      const [first, second, ...rest] = node.arguments;
      const idArg = fn === 'tPlural' ? second : first;
      const subs = fn === 'tPlural' ? [first, ...rest] : [second, ...rest].filter(Boolean);
      if (fn && (MESSAGE_CALLS.has(fn) || fn === 'getMessage') && idArg && ts.isStringLiteral(idArg)) {
        calls.push({
          file,
          line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1,
          fn,
          id: idArg.text,
          substitutions:
            fn === 'getMessage' || subs.some((a) => a && ts.isSpreadElement(a)) ? undefined : subs.length,
        });
      } else if (fn && MESSAGE_CALLS.has(fn) && idArg) {
        // An id chosen by an expression (`t(code ? … : 'errorInternal')`): its literals are ids.
        collect(idArg);
      }
    }
    // An import error names its message and the substitutions the options page fills in.
    if (ts.isNewExpression(node) && node.expression.getText(source) === 'ImportError') {
      const [first, second] = node.arguments ?? [];
      if (first && ts.isStringLiteral(first)) {
        calls.push({
          file,
          line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1,
          fn: 'ImportError',
          id: first.text,
          substitutions: !second
            ? 0
            : ts.isArrayLiteralExpression(second)
              ? second.elements.length
              : undefined,
        });
      }
    }
    if (ts.isVariableDeclaration(node) && node.initializer) {
      const init = node.initializer;
      if (node.type?.getText(source).includes('MessageId')) collect(init);
      else if (ts.isSatisfiesExpression(init) && init.type.getText(source).includes('MessageId'))
        collect(init.expression);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { calls, tableIds };
}
