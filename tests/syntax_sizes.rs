use gorun::syntax::ast::*;
use gorun::syntax::token::Tok;
#[test]
#[ignore]
fn sizes() {
    use std::mem::size_of;
    eprintln!("Expr {} ExprKind {} Stmt {} StmtKind {} FuncDecl {} Decl {} Field {} FuncType {} Block {} CaseClause {} CommClause {} ValueSpec {} TypeSpec {} ImportSpec {} Ident {} Tok {} Lit {} Element {}",
      size_of::<Expr>(), size_of::<ExprKind>(), size_of::<Stmt>(), size_of::<StmtKind>(), size_of::<FuncDecl>(), size_of::<Decl>(), size_of::<Field>(), size_of::<FuncType>(), size_of::<Block>(), size_of::<CaseClause>(), size_of::<CommClause>(), size_of::<ValueSpec>(), size_of::<TypeSpec>(), size_of::<ImportSpec>(), size_of::<Ident>(), size_of::<Tok>(), size_of::<Lit>(), size_of::<Element>());
}
