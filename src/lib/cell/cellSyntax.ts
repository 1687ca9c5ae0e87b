/**
 * The cell language's vocabulary and tree: the Python/NumPy subset the lecture's update rules,
 * schedule and dropout code are written in. Pure types and tables, shared by the tokenizer, the
 * parser, the analysis, the messages and the tfjs compiler (engines/cellCompiler.ts).
 */

/** The `np.<name>` functions a cell may call, with how many arguments each takes. */
export const cellFunctionArity = {
  sqrt: 1, exp: 1, log: 1, abs: 1, sign: 1, cos: 1, floor: 1, maximum: 2, minimum: 2, zeros_like: 1,
} as const;

export type CellFunction = keyof typeof cellFunctionArity;

/** The allowed calls as the reader writes them, for the message that lists them. */
export const allowedCalls = [
  ...Object.keys(cellFunctionArity).map((name) => `np.${name}`),
  'np.random.rand(*x.shape)',
  'np.pi',
] as const;

export type BinaryOp = '+' | '-' | '*' | '/' | '//' | '**' | '<' | '<=' | '>' | '>=' | '==' | '!=';
export type AssignOp = '=' | '+=' | '-=' | '*=' | '/=';

/** Where something is written: 1-based line and column. */
export interface Place {
  line: number;
  column: number;
}

export type Expr =
  | { kind: 'number'; value: number }
  | { kind: 'pi' }
  | ({ kind: 'name'; name: string } & Place)
  | { kind: 'negate'; arg: Expr }
  | { kind: 'binary'; op: BinaryOp; left: Expr; right: Expr }
  | { kind: 'call'; name: CellFunction; args: Expr[] }
  /** np.random.rand(*name.shape): uniform [0, 1) numbers shaped like `name`. */
  | ({ kind: 'random'; shapeOf: string } & Place);

export interface Statement extends Place {
  target: string;
  op: AssignOp;
  value: Expr;
}

export interface Program {
  statements: Statement[];
}

/** Python keywords and builtins a reader may paste; each gets its own message, never a run. */
export const forbiddenWords = [
  'while', 'for', 'in', 'if', 'elif', 'else', 'def', 'return', 'lambda', 'import', 'from', 'class', 'with',
  'try', 'except', 'raise', 'global', 'nonlocal', 'del', 'pass', 'yield', 'async', 'await', 'assert', 'and',
  'or', 'not', 'is', 'None', 'True', 'False', 'break', 'continue',
] as const;

/** Longest cell accepted (characters); keeps parsing, compiling and the URL small. */
export const MAX_CELL_LENGTH = 2000;
/** Most statements in a cell. */
export const MAX_CELL_STATEMENTS = 40;
/** Deepest nesting of parentheses and operators, so a wall of '(' cannot overflow the stack. */
export const MAX_CELL_DEPTH = 48;
