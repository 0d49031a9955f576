/** Whether a statement always leaves: control flow the dispatch analysis needs (fallbacks, fall-through). */
import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";

/**
 * Whether a statement can never complete normally: it always returns, throws, continues or (unless
 * `breakLeaves` is false, for code inside a `switch` whose `break` only leaves the switch) breaks. An
 * `else if` chain is walked in a loop, so its length costs no stack.
 */
export function alwaysLeaves(node: TSESTree.Node, breakLeaves = true): boolean {
  switch (node.type) {
    case AST_NODE_TYPES.ReturnStatement:
    case AST_NODE_TYPES.ThrowStatement:
    case AST_NODE_TYPES.ContinueStatement:
      return true;
    case AST_NODE_TYPES.BreakStatement:
      return breakLeaves || node.label !== null;
    case AST_NODE_TYPES.BlockStatement:
      return node.body.some((statement) => alwaysLeaves(statement, breakLeaves));
    case AST_NODE_TYPES.IfStatement: {
      let current: TSESTree.Statement = node;
      while (current.type === AST_NODE_TYPES.IfStatement) {
        if (current.alternate === null || !alwaysLeaves(current.consequent, breakLeaves)) return false;
        current = current.alternate;
      }
      return alwaysLeaves(current, breakLeaves);
    }
    case AST_NODE_TYPES.TryStatement:
      return (
        (node.finalizer !== null && alwaysLeaves(node.finalizer, breakLeaves)) ||
        (alwaysLeaves(node.block, breakLeaves) &&
          (node.handler === null || alwaysLeaves(node.handler.body, breakLeaves)))
      );
    default:
      return false;
  }
}

/** The statement list `statement` is in (a block, the program, a `case`), or `undefined`. */
function statementList(statement: TSESTree.Node): readonly TSESTree.Node[] | undefined {
  const parent = statement.parent;
  if (parent?.type === AST_NODE_TYPES.BlockStatement || parent?.type === AST_NODE_TYPES.Program) return parent.body;
  if (parent?.type === AST_NODE_TYPES.SwitchCase) return parent.consequent;
  return undefined;
}

/** The statements after `statement` in its list, or `undefined` when it is not in a statement list. */
export function followingStatements(statement: TSESTree.Node): TSESTree.Node[] | undefined {
  const list = statementList(statement);
  return list?.slice(list.indexOf(statement) + 1);
}

/** The statement just before `statement` in its list. */
export function previousStatement(statement: TSESTree.Node): TSESTree.Node | undefined {
  const list = statementList(statement);
  const index = list ? list.indexOf(statement) : -1;
  return index > 0 ? list![index - 1] : undefined;
}
