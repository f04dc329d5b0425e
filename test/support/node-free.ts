/**
 * Finds what ties source files to Node: imports of `node:` modules or Node's builtin modules (import,
 * export … from, import(), require()), and the Node globals `Buffer`, `process`, `__dirname`,
 * `__filename`, `require`, `module`, `global`, `setImmediate`, `clearImmediate` — resolved by the type
 * checker, so a local declaration of the same name is not one and a comment never is.
 */
import { builtinModules } from 'node:module';
import ts from 'typescript';

export const NODE_GLOBALS = new Set(['Buffer', 'process', '__dirname', '__filename', 'require', 'module', 'global', 'setImmediate', 'clearImmediate']);
const BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

export interface NodeUse {
  file: string;
  line: number;
  what: string;
}

const isNodeModule = (spec: string): boolean => spec.startsWith('node:') || BUILTINS.has(spec) || BUILTINS.has(spec.split('/')[0]!);

/** Every Node tie in `files` (absolute paths of .ts/.js files). */
export function nodeUses(files: readonly string[]): NodeUse[] {
  const program = ts.createProgram(files, {
    allowJs: true,
    checkJs: false,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    lib: ['lib.es2022.d.ts'],
    types: ['node'],
    skipLibCheck: true,
  });
  const checker = program.getTypeChecker();
  const out: NodeUse[] = [];
  for (const file of files) {
    const sf = program.getSourceFile(file);
    if (!sf) throw new Error(`not in the program: ${file}`);
    const at = (node: ts.Node, what: string): void => {
      out.push({ file, line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, what });
    };
    const visit = (node: ts.Node): void => {
      if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
        if (isNodeModule(node.moduleSpecifier.text)) at(node, `import '${node.moduleSpecifier.text}'`);
      } else if (ts.isCallExpression(node) && node.arguments.length >= 1 && ts.isStringLiteralLike(node.arguments[0]!)) {
        const spec = node.arguments[0].text;
        const dynamic = node.expression.kind === ts.SyntaxKind.ImportKeyword;
        const req = ts.isIdentifier(node.expression) && node.expression.text === 'require';
        if ((dynamic || req) && isNodeModule(spec)) at(node, `${dynamic ? 'import' : 'require'}('${spec}')`);
      } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal) && isNodeModule(node.argument.literal.text)) {
        at(node, `import('${node.argument.literal.text}') type`);
      }
      if (ts.isIdentifier(node) && NODE_GLOBALS.has(node.text) && !isNameOfSomethingElse(node)) {
        const symbol = checker.getSymbolAtLocation(node);
        const decls = symbol?.declarations ?? [];
        // Undeclared (plain JavaScript) or declared by Node's types: Node's global.
        if (decls.length === 0 || decls.every((d) => /[\\/]@types[\\/]node[\\/]/.test(d.getSourceFile().fileName))) at(node, `Node global '${node.text}'`);
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}

/** `x.Buffer`, `{ process: … }`, `class { require() {} }`: a property or member name, not a reference. */
function isNameOfSomethingElse(id: ts.Identifier): boolean {
  const p = id.parent;
  if (!p) return false;
  if (ts.isPropertyAccessExpression(p) && p.name === id) return !(ts.isIdentifier(p.expression) && ['globalThis', 'window', 'self'].includes(p.expression.text));
  if ((ts.isPropertyAssignment(p) || ts.isPropertyDeclaration(p) || ts.isMethodDeclaration(p) || ts.isPropertySignature(p) || ts.isMethodSignature(p)) && p.name === id) return true;
  if (ts.isQualifiedName(p) && p.right === id) return true;
  return false;
}
