import { isComment, namedDescendants, type PlainNode } from './plain-tree.js';
import { STRING_TYPES, stringValue } from './pattern-node.js';
import { PythonConstantFlow } from './python-constant-flow.js';
import { StraightLineConstants } from './straight-line-constants.js';
import { NameScopes } from './js-scopes.js';
import { PhpUses } from './php-uses.js';
import { rubyDefinitionParts, rubyHiddenCalls } from './ruby-hidden-calls.js';
import { jsParameterNames } from './js-parameters.js';
import { PhpConstants } from './php-constants.js';
import { ASSIGNMENT_TYPES, assignedSide, goPackageName } from './jvm-go-node-kinds.js';
import { isInterpolation, NUMBER_LITERAL_TYPES } from './grammar-node-types.js';
import { javaImportOf, simpleName } from './java-imports.js';
import { rustUseAliases, rustUseParts } from './rust-uses.js';
import { rustImplicitReturns } from './rust-returns.js';
import { heredocValue } from './hcl-heredocs.js';
import { HclNamedValues } from './hcl-constants.js';

/** A constant value known for an expression: a string (value unknown when several strings reach it) or a number. */
export type Constant =
  | { kind: 'string'; value?: string }
  | { kind: 'number'; value: number }
  | { kind: 'boolean'; value: boolean }
  /** A JavaScript regex literal, by its source text (`/a/g`). */
  | { kind: 'regex'; value: string };

/** PHP reads of named constants (`X`, `self::X`) and calls of escaping builtins (see php-constants). */
const PHP_CONSTANT_READS = new Set(['name', 'class_constant_access_expression', 'function_call_expression']);
/** Names a constant can be bound to: identifiers, and PHP's `$x`. */
const VARIABLES = new Set(['identifier', 'variable_name']);
const THIS_FIELD_READS = new Set(['field_access', 'member_access_expression']);
const NUMBER_TYPES = new Set(['integer', 'float', 'number', ...NUMBER_LITERAL_TYPES]);
const ASSIGNMENTS = new Set([
  'assignment',
  'variable_declarator',
  'assignment_expression',
  // C `int n = 42;`, Rust `let n = 42;`
  'init_declarator',
  'let_declaration',
  ...ASSIGNMENT_TYPES,
]);
/** Places where a name gets a value we cannot know statically. */
const REBINDERS = new Set([
  'augmented_assignment',
  'augmented_assignment_expression',
  'update_expression',
  'parameters',
  'formal_parameters',
  'lambda_parameters',
  'with_item',
  'as_pattern',
  'global_statement',
  'nonlocal_statement',
  'import_statement',
  'import_from_statement',
  // C parameters, Rust `x += 1`
  'parameter_list',
  'compound_assignment_expr',
]);

/** `+=`, `<<=`, `||=`: any assignment operator but `=` and `:=`. */
const COMPOUND_OPERATOR = /^(?!:?=$).+=$/;

/** Constructs whose first named child binds names (`for x in`, `catch (e)`). */
const LOOP_BINDERS = new Set(['for_statement', 'for_in_statement', 'for_in_clause', 'catch_clause']);

/** JavaScript and Java (`program`) and Go (`source_file` with a package clause): straight-line-constants reads their statements. */
function hasStraightLineFlow(root: PlainNode): boolean {
  return (
    root.type === 'program' ||
    (root.type === 'source_file' && root.children.some((c) => c.type === 'package_clause'))
  );
}

/**
 * What the matcher may assume about a file beyond its syntax: names bound once to a constant
 * (Semgrep's constant propagation, kept flow-insensitive and conservative), and import aliases
 * (`import os as o`, `from m import f`, `const x = require('m')`) resolved to qualified names.
 */
export class TargetFacts {
  private readonly constants = new Map<string, Constant | null>();
  /** By name key: the expression of the name's only assignment (null: assigned more than once, or rebound otherwise). */
  private readonly symbols = new Map<string, PlainNode | null>();
  readonly aliases = new Map<string, string>();
  /** Every import of each alias, in source order, with the function it is local to (if any). */
  private readonly aliasSites = new Map<string, AliasSite[]>();
  /** Python function definitions seen so far, outermost first: an import inside one is local to it. */
  private readonly functionScopes: PlainNode[] = [];
  /** The statement being recorded, whose position an alias takes effect from. */
  private bindingNode?: PlainNode;
  /** Modules imported with `from m import *`: any otherwise unknown name may come from them. */
  readonly wildcardModules: string[] = [];
  /** Python: the value of each read of a name where it is read (python-constant-flow). */
  private flow?: PythonConstantFlow;
  /** JavaScript, Java, Go: values of reassigned names read after a straight-line assignment (straight-line-constants). */
  private straightLine?: StraightLineConstants;
  private readonly definitions = new WeakSet<PlainNode>();
  /** Built with the constants, on first need: most files never ask for a constant. */
  private scopes!: NameScopes;
  private constantsKnown = false;
  /** PHP `use` declarations: which qualified name a bare class or function name stands for. */
  readonly phpUses = new PhpUses((node) => this.text(node));
  private readonly phpConstants = new PhpConstants(
    (node) => this.text(node),
    (node) => this.constantOf(node),
  );

  /** Import aliases are read now (the word prefilter needs them for every file); constants on first use. */
  constructor(
    private readonly root: PlainNode,
    private readonly source: string,
  ) {
    for (const node of namedDescendants(root)) {
      if (ASSIGNMENTS.has(node.type)) this.noteAssignedNames(node);
      if (node.type === 'function_definition') this.functionScopes.push(node);
      this.bindingNode = node;
      if (node.type === 'import_statement' || node.type === 'import_from_statement') this.recordImport(node);
      if (node.type === 'variable_declarator') this.recordRequire(node);
      if (node.type === 'import_spec') this.recordGoImport(node);
      if (node.type === 'import_declaration') this.recordJavaImport(node);
      if (node.type === 'namespace_use_declaration') this.phpUses.record(node);
      if (node.type === 'use_declaration')
        for (const [local, qualified] of rustUseAliases(node, (n) => this.text(n)))
          this.aliases.set(local, qualified);
    }
    // Semgrep resolves names through star imports made at the top of the module only.
    for (const statement of named(root)) {
      const [module, ...names] = named(statement);
      if (statement.type !== 'import_from_statement' || module?.type !== 'dotted_name') continue;
      if (names.some((n) => n.type === 'wildcard_import')) this.wildcardModules.push(this.text(module));
    }
  }

  private hclValues?: HclNamedValues;

  /** Names some assignment targets: only these can hold a constant (see constantOf). */
  private readonly assignedNames = new Set<string>();

  private noteAssignedNames(assignment: PlainNode): void {
    const [target] = assignmentParts(assignment);
    if (!target) return;
    const stack = [target];
    while (stack.length > 0) {
      const node = stack.pop() as PlainNode;
      if (VARIABLES.has(node.type)) this.assignedNames.add(this.text(node));
      for (const child of node.children) if (child.named) stack.push(child);
    }
  }

  private knowConstants(): void {
    if (this.constantsKnown) return;
    this.constantsKnown = true;
    const root = this.root;
    this.scopes = new NameScopes(root, (node) => this.text(node));
    for (const node of namedDescendants(root)) {
      if (ASSIGNMENTS.has(node.type)) this.recordAssignment(node);
      else if (REBINDERS.has(node.type)) this.poisonNamesIn(node);
      else if (LOOP_BINDERS.has(node.type) && node.type !== 'for_statement') this.poisonFirst(node);
      else if (node.type === 'for_statement' && named(node).length >= 3) this.poisonFirst(node);
      if (node.type === 'class_declaration' && root.children[0]?.type === 'php_tag')
        this.phpConstants.recordClass(node);
      if (node.type === 'const_declaration') this.phpConstants.recordDeclaration(node);
    }
    if (root.type === 'module') {
      const flow = new PythonConstantFlow(
        (n) => this.text(n),
        (n) => this.constantOf(n),
      );
      this.flow = flow;
      flow.analyzeModule(root);
    }
  }

  private knownHiddenCalls?: Set<PlainNode>;

  /** Ruby: bare names that call a method (see ruby-hidden-calls), computed on first use. */
  rubyHiddenCalls(): Set<PlainNode> {
    this.knownHiddenCalls ??= rubyHiddenCalls(this.root, (node) => this.text(node));
    return this.knownHiddenCalls;
  }

  private knownImplicitReturns?: Set<PlainNode>;

  /** Rust: the values function and closure bodies end with (see rust-returns), computed on first use. */
  rustImplicitReturns(): Set<PlainNode> {
    this.knownImplicitReturns ??= rustImplicitReturns(this.root);
    return this.knownImplicitReturns;
  }

  private knownUseParts?: Set<PlainNode>;

  /** Rust: the nodes inside `use` declarations (see rust-uses), computed on first use. */
  rustUseParts(): Set<PlainNode> {
    this.knownUseParts ??= rustUseParts(this.root);
    return this.knownUseParts;
  }

  private knownDefinitionParts?: Set<PlainNode>;
  private knownParameterNames?: Set<PlainNode>;

  /** Ruby: definitions with their names and parameters (see ruby-hidden-calls), computed on first use. */
  jsParameterNames(): Set<PlainNode> {
    this.knownParameterNames ??= jsParameterNames(this.root);
    return this.knownParameterNames;
  }

  rubyDefinitionParts(): Set<PlainNode> {
    this.knownDefinitionParts ??= rubyDefinitionParts(this.root);
    return this.knownDefinitionParts;
  }

  private text(node: PlainNode): string {
    return this.source.slice(node.start, node.end);
  }

  private recordAssignment(node: PlainNode): void {
    const children = assignmentParts(node);
    // C and Go spell `x += 1` as an assignment with another operator: the new value is not the right side.
    if (node.children.some((c) => !c.named && COMPOUND_OPERATOR.test(c.type)))
      return this.poisonNamesIn(children[0] ?? node);
    const target = children[0] && assignedSide(children[0]);
    const value = children.length > 1 ? assignedSide(children[children.length - 1]) : undefined;
    if (!target || (!value && node.type === 'variable_declarator')) return;
    // `c[a] = 1` and `o.f = 1` rebind no name; only destructuring targets do.
    if (/subscript|member_expression|attribute|field_expression/.test(target.type)) return;
    if (!VARIABLES.has(target.type)) return this.poisonNamesIn(target);
    // The name being defined is not a use of its value: `"=~/re/"` must not match it.
    this.definitions.add(target);
    const name = this.scopes.keyOf(target);
    this.symbols.set(name, value && !this.symbols.has(name) ? value : null);
    const constant = value ? this.constantOf(value, new Set([name])) : undefined;
    const known = this.constants.get(name);
    if (!constant || known === null) return void this.constants.set(name, null);
    if (known === undefined) return void this.constants.set(name, constant);
    if (known.kind !== constant.kind) return void this.constants.set(name, null);
    if (known.value !== constant.value)
      this.constants.set(name, known.kind === 'string' ? { kind: 'string' } : null);
  }

  private poisonFirst(node: PlainNode): void {
    const [first] = named(node);
    if (first && first.type !== 'lexical_declaration' && first.type !== 'variable_declaration')
      this.poisonNamesIn(first);
  }

  private poisonNamesIn(node: PlainNode): void {
    for (const inner of namedDescendants(node)) {
      if (!VARIABLES.has(inner.type)) continue;
      this.constants.set(this.scopes.keyOf(inner), null);
      this.symbols.set(this.scopes.keyOf(inner), null);
    }
  }

  /**
   * Symbolic propagation: the expression `node` (a name) was bound to by its only assignment, written
   * before it. A name assigned twice, rebound by a loop or a compound assignment, or not assigned at
   * all has none: matching through it may only add what certainly holds.
   */
  symbolOf(node: PlainNode): PlainNode | undefined {
    if (!VARIABLES.has(node.type) || !this.assignedNames.has(this.text(node))) return undefined;
    this.knowConstants();
    if (this.definitions.has(node)) return undefined;
    const value = this.symbols.get(this.scopes.keyOf(node));
    return value && value.end <= node.start ? value : undefined;
  }

  /** Whether two occurrences of a name refer to the same declaration (a parameter may shadow it). */
  sameDeclaration(a: PlainNode, b: PlainNode): boolean {
    this.knowConstants();
    if (this.scopes.isFieldName(a) || this.scopes.isFieldName(b)) return true;
    return this.scopes.keyOf(a) === this.scopes.keyOf(b);
  }

  /**
   * False when `node` is a name no assignment targets, so it has no constant: answered without working
   * out the file's constants, which comparing two names (`a === b` against `$X === $X`) would otherwise do.
   */
  mayHoldConstant(node: PlainNode): boolean {
    return !VARIABLES.has(node.type) || this.assignedNames.has(this.text(node));
  }

  /** The constant `node` evaluates to, when literals, known names and `+` are all it uses. */
  constantOf(node: PlainNode, visiting = new Set<string>()): Constant | undefined {
    if (node.type === 'template_string') return this.templateConstant(node, visiting);
    if (node.type === 'regex') return { kind: 'regex', value: this.text(node) };
    // Terraform: a heredoc without interpolations is a string literal.
    if (node.type === 'template_expr' && named(node).length === 1)
      return this.constantOf(named(node)[0], visiting);
    if (node.type === 'heredoc_template') {
      const value = heredocValue(node, this.source);
      return value === undefined ? undefined : { kind: 'string', value };
    }
    // Terraform `local.x` / `var.x`: the literal the file gives it.
    if (node.type === 'expression' && node.children[0]?.type === 'variable_expr') {
      this.hclValues ??= new HclNamedValues(this.root, (n) => this.text(n));
      const literal = this.hclValues.literalOf(node);
      return literal && this.constantOf(literal, visiting);
    }
    if (node.type === 'bool_lit') return { kind: 'boolean', value: this.text(node) === 'true' };
    if (node.type === 'ternary_expression') {
      const [, consequence, alternative] = named(node).map((part) => this.constantOf(part, visiting));
      if (consequence?.kind !== 'string' || alternative?.kind !== 'string') return undefined;
      return consequence.value === alternative.value ? consequence : { kind: 'string' };
    }
    if (PHP_CONSTANT_READS.has(node.type)) {
      this.knowConstants();
      return this.phpConstants.valueOf(node);
    }
    if (STRING_TYPES.has(node.type)) {
      if (node.type === 'encapsed_string' && node.children.some((c) => isInterpolation(c.type)))
        return this.interpolatedConstant(node, visiting);
      if (node.children.some((c) => isInterpolation(c.type))) return undefined;
      if (node.type === 'concatenated_string') {
        const parts = named(node).map((part) => this.constantOf(part, visiting));
        if (parts.some((p) => p?.kind !== 'string')) return undefined;
        const values = parts.map((p) => p?.value);
        return { kind: 'string', value: values.every((v) => v !== undefined) ? values.join('') : undefined };
      }
      return { kind: 'string', value: stringValue(this.text(node)) };
    }
    if (NUMBER_TYPES.has(node.type)) {
      const value = numberValue(this.text(node));
      return value === undefined ? undefined : { kind: 'number', value };
    }
    // Java / C# `this.FIELD` reads the field a bare `FIELD` names.
    if (THIS_FIELD_READS.has(node.type)) {
      const [object, field] = named(node);
      if (object?.type === 'this' && field?.type === 'identifier' && named(node).length === 2)
        return this.constantOf(field, visiting);
    }
    if (node.type === 'parenthesized_expression') {
      const inner = named(node);
      return inner.length === 1 ? this.constantOf(inner[0], visiting) : undefined;
    }
    // PHP `false`, `FALSE`, `False`.
    if (node.type === 'boolean') return { kind: 'boolean', value: this.text(node).toLowerCase() === 'true' };
    if (node.type === 'true' || node.type === 'false')
      return { kind: 'boolean', value: node.type === 'true' };
    if (VARIABLES.has(node.type)) {
      // A name no assignment targets has no constant: most names, and the file's constants need not be worked out.
      if (!this.assignedNames.has(this.text(node))) return undefined;
      this.knowConstants();
      if (this.definitions.has(node)) return undefined;
      const flowing = this.flow?.valueOf(node);
      if (flowing !== undefined) return flowing ?? undefined;
      const name = this.scopes.keyOf(node);
      if (visiting.has(name)) return undefined;
      const known = this.constants.get(name);
      if (known !== null || !hasStraightLineFlow(this.root)) return known ?? undefined;
      // Reassigned: the value a read sees right after a straight-line assignment is still known.
      this.straightLine ??= new StraightLineConstants(this.root, (n) => this.scopes.keyOf(n));
      return this.straightLine.valueOf(node, (value) => this.constantOf(value, new Set([...visiting, name])));
    }
    if (node.type === 'binary_operator' || node.type === 'binary_expression') {
      const parts = named(node);
      const operator = node.children.find((c) => !c.named)?.type;
      if (parts.length !== 2) return undefined;
      const [left, right] = parts.map((part) => this.constantOf(part, visiting));
      // Python `"-" * n` is a string whatever `n` is.
      if (
        operator === '*' &&
        node.type === 'binary_operator' &&
        (left?.kind === 'string' || right?.kind === 'string')
      )
        return { kind: 'string' };
      if (operator !== '+' && operator !== '.') return undefined;
      if (!left || !right) return undefined;
      // PHP's `.` concatenates whatever its operands are.
      if (operator === '.') {
        const both = left.value !== undefined && right.value !== undefined;
        return { kind: 'string', value: both ? `${String(left.value)}${String(right.value)}` : undefined };
      }
      if (left.kind === 'number' && right.kind === 'number')
        return { kind: 'number', value: left.value + right.value };
      // Python raises on `"a" + 1`; only JavaScript's `+` turns the number into text.
      if (node.type === 'binary_operator' && left.kind !== right.kind) return undefined;
      if (left.kind === 'regex' || right.kind === 'regex') return undefined;
      if (left.kind === 'string' || right.kind === 'string') {
        const both = left.value !== undefined && right.value !== undefined;
        return { kind: 'string', value: both ? `${left.value}${right.value}` : undefined };
      }
    }
    return undefined;
  }

  /** PHP `"rm $dir"` is a constant string when every interpolated variable is a constant. */
  private interpolatedConstant(node: PlainNode, visiting: Set<string>): Constant | undefined {
    let value: string | undefined = '';
    for (const part of named(node)) {
      if (part.type === 'string_content') {
        value = value === undefined ? undefined : value + this.text(part);
        continue;
      }
      if (part.type !== 'variable_name') return undefined;
      const constant = this.constantOf(part, visiting);
      if (constant?.kind !== 'string') return undefined;
      value = value === undefined || constant.value === undefined ? undefined : value + constant.value;
    }
    return { kind: 'string', value };
  }

  /** `` `a${B}c` `` is a constant string when every substitution is a constant. */
  private templateConstant(node: PlainNode, visiting: Set<string>): Constant | undefined {
    let value: string | undefined = '';
    for (const part of named(node)) {
      if (part.type !== 'template_substitution') {
        value = value === undefined ? undefined : value + this.text(part);
        continue;
      }
      const [inner] = named(part);
      const constant = inner ? this.constantOf(inner, visiting) : undefined;
      if (!constant) return undefined;
      value =
        value === undefined || constant.value === undefined ? undefined : value + String(constant.value);
    }
    return { kind: 'string', value };
  }

  /**
   * What `name` stands for where it is used at `position`: the last import of it before that point
   * in an enclosing scope, as Semgrep resolves names in order (`from flask import f` … later
   * `from other import f`); nothing when the use comes before any import of it.
   */
  aliasAt(name: string, position: number): string | undefined {
    const sites = this.aliasSites.get(name);
    // Only Python imports are placed (see alias()); other languages' imports hold for the whole file.
    if (!sites) return this.aliases.get(name);
    let found: AliasSite | undefined;
    for (const site of sites) {
      if (site.at < position && site.scopeStart <= position && position <= site.scopeEnd) found = site;
    }
    return found?.qualified;
  }

  private alias(name: string, qualified: string): void {
    this.aliases.set(name, qualified);
    const at = this.bindingNode?.start ?? 0;
    let scope: PlainNode | undefined;
    for (const d of this.functionScopes) if (d.start <= at && at < d.end) scope = d;
    const site = { qualified, at, scopeStart: scope?.start ?? 0, scopeEnd: scope?.end ?? Infinity };
    this.aliasSites.set(name, [...(this.aliasSites.get(name) ?? []), site]);
  }

  private recordImport(node: PlainNode): void {
    const children = named(node);
    if (node.type === 'import_from_statement') {
      const [module, ...names] = children;
      if (!module || module.type !== 'dotted_name') return;
      const base = this.text(module);
      for (const imported of names) this.aliasImported(imported, base);
      return;
    }
    // JavaScript: import x from 'm'; import {a as b} from 'm'; import * as n from 'm'.
    const sourceNode = children.find((c) => c.type === 'string');
    if (sourceNode) {
      const module = stringValue(this.text(sourceNode));
      const clause = children.find((c) => c.type === 'import_clause');
      if (clause) this.aliasJsClause(clause, module);
      return;
    }
    // Python: import a.b as c.
    for (const imported of children) {
      if (imported.type !== 'aliased_import') continue;
      const [name, alias] = named(imported);
      if (name && alias) this.alias(this.text(alias), this.text(name));
    }
  }

  private aliasImported(imported: PlainNode, base: string): void {
    if (imported.type === 'dotted_name') this.alias(this.text(imported), `${base}.${this.text(imported)}`);
    if (imported.type === 'aliased_import') {
      const [name, alias] = named(imported);
      if (name && alias) this.alias(this.text(alias), `${base}.${this.text(name)}`);
    }
  }

  private aliasJsClause(clause: PlainNode, module: string): void {
    for (const part of named(clause)) {
      if (part.type === 'identifier') this.alias(this.text(part), module);
      if (part.type === 'namespace_import') {
        const [name] = named(part);
        if (name) this.alias(this.text(name), module);
      }
      if (part.type === 'named_imports') {
        for (const specifier of named(part)) {
          const [name, alias] = named(specifier);
          if (name) this.alias(this.text(alias ?? name), `${module}.${this.text(name)}`);
        }
      }
    }
  }

  /** Go: `import sub "a/subprocess"` makes `sub.f` stand for `subprocess.f` (the package's own name). */
  private recordGoImport(spec: PlainNode): void {
    const [alias, path] = named(spec);
    if (alias?.type !== 'package_identifier' || !path) return;
    const name = goPackageName(stringValue(this.text(path)));
    if (name) this.aliases.set(this.text(alias), name);
  }

  /** Java: `import a.b.C;` makes `C` stand for `a.b.C`; `import a.b.*;` any name for one in `a.b`. */
  private recordJavaImport(declaration: PlainNode): void {
    const imported = javaImportOf(declaration, (n) => this.text(n));
    if (!imported) return;
    if (imported.wildcard) this.wildcardModules.push(imported.path);
    else this.aliases.set(simpleName(imported.path), imported.path);
  }

  private recordRequire(declarator: PlainNode): void {
    const [target, value] = named(declarator);
    if (!target || value?.type !== 'call_expression') return;
    const [callee, args] = named(value);
    if (!callee || this.text(callee) !== 'require' || !args) return;
    const [moduleNode] = named(args);
    if (!moduleNode || moduleNode.type !== 'string') return;
    const module = stringValue(this.text(moduleNode));
    if (target.type === 'identifier') this.alias(this.text(target), module);
    if (target.type === 'object_pattern') {
      for (const field of named(target)) {
        if (field.type === 'shorthand_property_identifier_pattern')
          this.alias(this.text(field), `${module}.${this.text(field)}`);
        const [key, alias] = field.type === 'pair_pattern' ? named(field) : [];
        if (key && alias?.type === 'identifier') this.alias(this.text(alias), `${module}.${this.text(key)}`);
      }
    }
  }
}

interface AliasSite {
  qualified: string;
  at: number;
  scopeStart: number;
  scopeEnd: number;
}

/** An assignment's target and value: Kotlin's `const val x = 5` modifiers are not the assigned name; nor is Rust's `mut`. */
function assignmentParts(node: PlainNode): PlainNode[] {
  return named(node).filter((c) => c.type !== 'modifiers' && c.type !== 'mutable_specifier');
}

function named(node: PlainNode): PlainNode[] {
  return node.children.filter((c) => c.named && !isComment(c));
}

/** `0x10`, `1_000`, `1e3` and `16` all denote numbers; compare by value. */
export function numberValue(text: string): number | undefined {
  const cleaned = text.replace(/_/g, '').replace(/[lLjJnN]$/, '');
  // `0o10` (Python, JS) and `010` (C, legacy JS) are octal.
  const octal = /^0[oO]/.test(cleaned)
    ? cleaned.slice(2)
    : /^0[0-7]+$/.test(cleaned)
      ? cleaned.slice(1)
      : undefined;
  const value = octal !== undefined ? parseInt(octal, 8) : Number(cleaned);
  return Number.isNaN(value) ? undefined : value;
}
