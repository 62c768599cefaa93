// Parser: every statement, expression and declaration form becomes the
// expected AST, and syntax errors are reported with gc's message and
// position.
#include <gtest/gtest.h>

#include "interp/ast_print.h"
#include "interp/parse.h"

using namespace goterp;

namespace {

// A fully parenthesised dump of the AST, to see its structure.
std::string dump(const Node *n);

std::string dumpList(const Span<Expr *> &l) {
  std::string s;
  for (uint32_t i = 0; i < l.size(); i++) s += (i ? " " : "") + dump(l[i]);
  return s;
}

std::string dumpStmts(const Span<Stmt *> &l) {
  std::string s;
  for (uint32_t i = 0; i < l.size(); i++) s += (i ? " " : "") + dump(l[i]);
  return s;
}

std::string dump(const Node *n) {
  if (!n) return "_";
  switch (n->kind) {
  case NodeKind::BinaryExpr: {
    auto *b = n->as<BinaryExpr>();
    return std::string("(") + tokString(b->op) + " " + dump(b->x) + " " + dump(b->y) + ")";
  }
  case NodeKind::UnaryExpr:
    return std::string("(") + tokString(n->as<UnaryExpr>()->op) + dump(n->as<UnaryExpr>()->x) + ")";
  case NodeKind::StarExpr: return "(*" + dump(n->as<StarExpr>()->x) + ")";
  case NodeKind::CallExpr: {
    auto *c = n->as<CallExpr>();
    return "(call " + dump(c->fun) + (c->args.empty() ? "" : " ") + dumpList(c->args) + (c->hasEllipsis ? "..." : "") +
           ")";
  }
  case NodeKind::CompositeLit: {
    auto *c = n->as<CompositeLit>();
    return "(lit " + dump(c->typ) + (c->elts.empty() ? "" : " ") + dumpList(c->elts) + ")";
  }
  case NodeKind::KeyValueExpr: return dump(n->as<KeyValueExpr>()->key) + ":" + dump(n->as<KeyValueExpr>()->value);
  case NodeKind::IndexExpr:
    return "(index " + dump(n->as<IndexExpr>()->x) + " " + dump(n->as<IndexExpr>()->index) + ")";
  case NodeKind::SliceExpr: {
    auto *s = n->as<SliceExpr>();
    return "(slice " + dump(s->x) + " " + dump(s->lo) + " " + dump(s->hi) + (s->slice3 ? " " + dump(s->max) : "") + ")";
  }
  case NodeKind::SelectorExpr:
    return "(sel " + dump(n->as<SelectorExpr>()->x) + " " + n->as<SelectorExpr>()->sel->name.str() + ")";
  case NodeKind::TypeAssertExpr:
    return "(assert " + dump(n->as<TypeAssertExpr>()->x) + " " +
           (n->as<TypeAssertExpr>()->typ ? dump(n->as<TypeAssertExpr>()->typ) : "type") + ")";
  case NodeKind::ParenExpr: return "(paren " + dump(n->as<ParenExpr>()->x) + ")";
  case NodeKind::FuncLit:
    return "(funclit " + exprString(n->as<FuncLit>()->ftype) + " " + dump(n->as<FuncLit>()->body) + ")";
  case NodeKind::BasicLit: return std::string(n->as<BasicLit>()->raw);
  case NodeKind::Ident:
  case NodeKind::ArrayType:
  case NodeKind::StructType:
  case NodeKind::FuncType:
  case NodeKind::InterfaceType:
  case NodeKind::MapType:
  case NodeKind::ChanType:
  case NodeKind::Ellipsis: return exprString(static_cast<const Expr *>(n));
  case NodeKind::BlockStmt: return "{" + dumpStmts(n->as<BlockStmt>()->list) + "}";
  case NodeKind::ExprStmt: return dump(n->as<ExprStmt>()->x);
  case NodeKind::SendStmt: return "(send " + dump(n->as<SendStmt>()->chan) + " " + dump(n->as<SendStmt>()->value) + ")";
  case NodeKind::IncDecStmt:
    return std::string("(") + tokString(n->as<IncDecStmt>()->tok) + " " + dump(n->as<IncDecStmt>()->x) + ")";
  case NodeKind::AssignStmt: {
    auto *a = n->as<AssignStmt>();
    return std::string("(") + tokString(a->tok) + " " + dumpList(a->lhs) + " | " + dumpList(a->rhs) + ")";
  }
  case NodeKind::GoStmt: return "(go " + dump(n->as<GoStmt>()->call) + ")";
  case NodeKind::DeferStmt: return "(defer " + dump(n->as<DeferStmt>()->call) + ")";
  case NodeKind::ReturnStmt:
    return "(return" + std::string(n->as<ReturnStmt>()->results.empty() ? "" : " ") +
           dumpList(n->as<ReturnStmt>()->results) + ")";
  case NodeKind::BranchStmt: {
    auto *b = n->as<BranchStmt>();
    return std::string("(") + tokString(b->tok) + (b->label ? " " + b->label->name.str() : "") + ")";
  }
  case NodeKind::LabeledStmt:
    return "(label " + n->as<LabeledStmt>()->label->name.str() + " " + dump(n->as<LabeledStmt>()->stmt) + ")";
  case NodeKind::EmptyStmt: return "(empty)";
  case NodeKind::IfStmt: {
    auto *s = n->as<IfStmt>();
    return "(if " + dump(s->init) + " " + dump(s->cond) + " " + dump(s->body) + (s->els ? " " + dump(s->els) : "") +
           ")";
  }
  case NodeKind::CaseClause: {
    auto *c = n->as<CaseClause>();
    return "(" + (c->isDefault ? std::string("default") : "case " + dumpList(c->list)) + ": " + dumpStmts(c->body) +
           ")";
  }
  case NodeKind::SwitchStmt: {
    auto *s = n->as<SwitchStmt>();
    std::string r = "(switch " + dump(s->init) + " " + dump(s->tag);
    for (CaseClause *c : s->clauses) r += " " + dump(c);
    return r + ")";
  }
  case NodeKind::TypeSwitchStmt: {
    auto *s = n->as<TypeSwitchStmt>();
    std::string r = "(typeswitch " + dump(s->init) + " " + (s->bind ? s->bind->name.str() : "_") + " " + dump(s->x);
    for (CaseClause *c : s->clauses) r += " " + dump(c);
    return r + ")";
  }
  case NodeKind::CommClause: {
    auto *c = n->as<CommClause>();
    return "(" + (c->comm ? "case " + dump(c->comm) : std::string("default")) + ": " + dumpStmts(c->body) + ")";
  }
  case NodeKind::SelectStmt: {
    std::string r = "(select";
    for (CommClause *c : n->as<SelectStmt>()->clauses) r += " " + dump(c);
    return r + ")";
  }
  case NodeKind::ForStmt: {
    auto *s = n->as<ForStmt>();
    return "(for " + dump(s->init) + " " + dump(s->cond) + " " + dump(s->post) + " " + dump(s->body) + ")";
  }
  case NodeKind::RangeStmt: {
    auto *s = n->as<RangeStmt>();
    return std::string("(range ") + dump(s->key) + " " + dump(s->value) + " " + tokString(s->tok) + " " + dump(s->x) +
           " " + dump(s->body) + ")";
  }
  case NodeKind::DeclStmt: return dump(n->as<DeclStmt>()->decl);
  case NodeKind::GenDecl: {
    auto *g = n->as<GenDecl>();
    std::string r = std::string("(") + tokString(g->tok);
    for (Spec *s : g->specs) r += " " + dump(s);
    return r + ")";
  }
  case NodeKind::ValueSpec: {
    auto *v = n->as<ValueSpec>();
    std::string r = "[";
    for (Ident *i : v->names) r += i->name.str() + " ";
    return r + dump(v->typ) + " = " + dumpList(v->values) + "]";
  }
  case NodeKind::TypeSpec: {
    auto *t = n->as<TypeSpec>();
    return "[" + t->name->name.str() + (t->alias ? " = " : " ") + dump(t->typ) + "]";
  }
  case NodeKind::ImportSpec: {
    auto *i = n->as<ImportSpec>();
    return "[" + (i->name ? i->name->name.str() + " " : "") + std::string(i->path->value) + "]";
  }
  case NodeKind::FuncDecl: {
    auto *f = n->as<FuncDecl>();
    std::string recv = f->recv ? "(" + (f->recv->names.empty() ? "" : f->recv->names[0]->name.str() + " ") +
                                     exprString(f->recv->typ) + ") "
                               : "";
    return "(func " + recv + f->name->name.str() + " " + exprString(f->ftype) + " " + dump(f->body) + ")";
  }
  default: return "?";
  }
}

// Parses src (a file) and dumps its declarations after the package clause.
std::string parse(const std::string &src) {
  Diagnostics d;
  std::unique_ptr<File> f = parseFile("x.go", src, d);
  if (!f) return "ERROR " + (d.empty() ? std::string("?") : d.lines()[0]);
  std::string r;
  for (Node *decl : f->decls) r += (r.empty() ? "" : " ") + dump(decl);
  return r;
}

// The statements of a function body.
std::string stmts(const std::string &body) {
  std::string r = parse("package p\nfunc f() {\n" + body + "\n}\n");
  if (r.compare(0, 5, "ERROR") == 0) return r;
  // "(func f func() {...})"
  size_t b = r.find('{');
  return r.substr(b + 1, r.size() - b - 3);
}

// An expression.
std::string expr(const std::string &e) {
  std::string s = stmts("_ = " + e);
  const std::string pre = "(= _ | ";
  if (s.compare(0, pre.size(), pre) != 0) return s;
  return s.substr(pre.size(), s.size() - pre.size() - 1);
}

// The first error.
std::string error(const std::string &src) {
  Diagnostics d;
  std::unique_ptr<File> f = parseFile("x.go", src, d);
  return d.empty() ? "" : d.lines()[0];
}

TEST(Parse, Precedence) {
  EXPECT_EQ(expr("a + b*c"), "(+ a (* b c))");
  EXPECT_EQ(expr("a*b + c"), "(+ (* a b) c)");
  EXPECT_EQ(expr("a - b - c"), "(- (- a b) c)");
  EXPECT_EQ(expr("a || b && c == d + e*f"), "(|| a (&& b (== c (+ d (* e f)))))");
  EXPECT_EQ(expr("a << 1 | b &^ c"), "(| (<< a 1) (&^ b c))");
  EXPECT_EQ(expr("-a * !b"), "(* (-a) (!b))");
  EXPECT_EQ(expr("*p + <-ch"), "(+ (*p) (<-ch))");
  EXPECT_EQ(expr("&T{1}"), "(&(lit T 1))");
  EXPECT_EQ(expr("^x % y"), "(% (^x) y)");
}

TEST(Parse, PrimaryExpressions) {
  EXPECT_EQ(expr("f(a, b...)"), "(call f a b...)");
  EXPECT_EQ(expr("x.y.z()"), "(call (sel (sel x y) z))");
  EXPECT_EQ(expr("a[i]"), "(index a i)");
  EXPECT_EQ(expr("a[lo:hi]"), "(slice a lo hi)");
  EXPECT_EQ(expr("a[:]"), "(slice a _ _)");
  EXPECT_EQ(expr("a[1:2:3]"), "(slice a 1 2 3)");
  EXPECT_EQ(expr("x.(T)"), "(assert x T)");
  EXPECT_EQ(expr("x.(*pkg.T)"), "(assert x (*(sel pkg T)))");
  EXPECT_EQ(expr("(a + b) * c"), "(* (paren (+ a b)) c)");
  EXPECT_EQ(expr("[]byte(s)"), "(call []byte s)");
  EXPECT_EQ(expr("(*T)(p)"), "(call (paren (*T)) p)");
  EXPECT_EQ(expr("map[string]int{\"a\": 1}"), "(lit map[string]int \"a\":1)");
  EXPECT_EQ(expr("[...]int{1, 2,}"), "(lit [...]int 1 2)");
  EXPECT_EQ(expr("[][]int{{1}, {2, 3}}"), "(lit [][]int (lit _ 1) (lit _ 2 3))");
  EXPECT_EQ(expr("struct{ a, b int }{1, 2}"), "(lit struct{a, b int} 1 2)");
  EXPECT_EQ(expr("pkg.T{X: 1}"), "(lit (sel pkg T) X:1)");
  EXPECT_EQ(expr("func(x int) int { return x }"), "(funclit func(x int) int {(return x)})");
  EXPECT_EQ(expr("func() {}()"), "(call (funclit func() {}))");
  EXPECT_EQ(expr("make(chan<- int, 1)"), "(call make chan<- int 1)");
  EXPECT_EQ(expr("new(interface{ M() })"), "(call new interface{M()})");
  EXPECT_EQ(expr("<-chan int(nil)"), "(<-(call chan int nil))");
  EXPECT_EQ(expr("(<-chan int)(nil)"), "(call (paren <-chan int) nil)");
}

TEST(Parse, Literals) {
  EXPECT_EQ(expr("0x_1F"), "0x_1F");
  EXPECT_EQ(expr("1.5e3i"), "1.5e3i");
  Diagnostics d;
  auto f = parseFile("x.go", "package p\nvar s = \"a\\tb\\u00e9\\x41\"\nvar r = '\\n'\nvar q = `x\\n`", d);
  ASSERT_TRUE(f);
  auto value = [&](int i) { return f->decls[i]->as<GenDecl>()->specs[0]->as<ValueSpec>()->values[0]->as<BasicLit>(); };
  EXPECT_EQ(value(0)->value, "a\tb\xc3\xa9"
                             "A");
  EXPECT_EQ(value(1)->rune, 10u);
  EXPECT_EQ(value(2)->value, "x\\n");
}

TEST(Parse, SimpleStatements) {
  EXPECT_EQ(stmts("x := 1"), "(:= x | 1)");
  EXPECT_EQ(stmts("a, b = b, a"), "(= a b | b a)");
  EXPECT_EQ(stmts("x += 2"), "(+= x | 2)");
  EXPECT_EQ(stmts("x &^= y"), "(&^= x | y)");
  EXPECT_EQ(stmts("x++"), "(++ x)");
  EXPECT_EQ(stmts("ch <- v"), "(send ch v)");
  EXPECT_EQ(stmts("f()"), "(call f)");
  EXPECT_EQ(stmts("v, ok := m[k]"), "(:= v ok | (index m k))");
  EXPECT_EQ(stmts(";;"), "");
}

TEST(Parse, ControlStatements) {
  EXPECT_EQ(stmts("if x { a() } else if y { b() } else { c() }"), "(if _ x {(call a)} (if _ y {(call b)} {(call c)}))");
  EXPECT_EQ(stmts("if v := f(); v > 0 {}"), "(if (:= v | (call f)) (> v 0) {})");
  EXPECT_EQ(stmts("if x == T {}"), "(if _ (== x T) {})");
  EXPECT_EQ(stmts("if x == (T{}) {}"), "(if _ (== x (paren (lit T))) {})");
  EXPECT_EQ(stmts("for {}"), "(for _ _ _ {})");
  EXPECT_EQ(stmts("for x < 3 {}"), "(for _ (< x 3) _ {})");
  EXPECT_EQ(stmts("for i := 0; i < n; i++ {}"), "(for (:= i | 0) (< i n) (++ i) {})");
  EXPECT_EQ(stmts("for ;; {}"), "(for _ _ _ {})");
  EXPECT_EQ(stmts("for k, v := range m {}"), "(range k v := m {})");
  EXPECT_EQ(stmts("for i = range s {}"), "(range i _ = s {})");
  EXPECT_EQ(stmts("for range ch {}"), "(range _ _  ch {})");
  EXPECT_EQ(stmts("for _, x := range []int{1, 2} {}"), "(range _ x := (lit []int 1 2) {})");
  EXPECT_EQ(stmts("switch {}"), "(switch _ _)");
  EXPECT_EQ(stmts("switch x := f(); x { case 1, 2: a(); fallthrough\ncase 3:\ndefault: }"),
            "(switch (:= x | (call f)) x (case 1 2: (call a) (fallthrough)) (case 3: ) (default: ))");
  EXPECT_EQ(stmts("switch v := x.(type) { case int, *T: case nil: default: }"),
            "(typeswitch _ v x (case int (*T): ) (case nil: ) (default: ))");
  EXPECT_EQ(stmts("switch x.(type) {}"), "(typeswitch _ _ x)");
  EXPECT_EQ(stmts("select { case v := <-ch: case ch <- 1: case <-done: default: }"),
            "(select (case (:= v | (<-ch)): ) (case (send ch 1): ) (case (<-done): ) (default: ))");
  EXPECT_EQ(stmts("L: for { break L; continue L }"), "(label L (for _ _ _ {(break L) (continue L)}))");
  EXPECT_EQ(stmts("goto L\nL:"), "(goto L) (label L (empty))");
  EXPECT_EQ(stmts("go f(x)\ndefer g()"), "(go (call f x)) (defer (call g))");
  EXPECT_EQ(stmts("return"), "(return)");
  EXPECT_EQ(stmts("return a, b"), "(return a b)");
  EXPECT_EQ(stmts("{ x() }"), "{(call x)}");
}

TEST(Parse, Declarations) {
  EXPECT_EQ(parse("package p\nimport \"fmt\"\nimport (\n\tf \"fmt\"\n\t. \"os\"\n\t_ \"x\"\n)"),
            "(import [fmt]) (import [f fmt] [. os] [_ x])");
  EXPECT_EQ(parse("package p\nconst (\n\tA = iota\n\tB\n\tC int = 5\n)"), "(const [A _ = iota] [B _ = ] [C int = 5])");
  EXPECT_EQ(parse("package p\nvar x, y int\nvar z = 1"), "(var [x y int = ]) (var [z _ = 1])");
  EXPECT_EQ(parse("package p\ntype (\n\tT struct{ a int; B `tag`; *C }\n\tU = T\n)"),
            "(type [T struct{a int; B `tag`; *C}] [U = T])");
  EXPECT_EQ(parse("package p\ntype I interface{ io.Reader; M(int) (string, error) }"),
            "(type [I interface{io.Reader; M(int) (string, error)}])");
  EXPECT_EQ(parse("package p\nfunc (r *T) M(a, b int, c ...string) (n int, err error) { return }"),
            "(func (r *T) M func(a, b int, c ...string) (n int, err error) {(return)})");
  EXPECT_EQ(parse("package p\nfunc F(int, string) bool"), "(func F func(int, string) bool _)");
  EXPECT_EQ(parse("package p\ntype F func(func(int) int) (chan<- []int, <-chan map[string]T)"),
            "(type [F func(func(int) int) (chan<- []int, <-chan map[string]T)])");
}

TEST(Parse, SyntaxErrors) {
  EXPECT_EQ(error("package p\nfunc f() {\n\tx := []int{1,\n\t2\n\t}\n}"),
            "x.go:4:3: syntax error: unexpected newline in composite literal; possibly missing comma or }");
  EXPECT_EQ(error("package p\nfunc f() {\n\tf(a\n\tb)\n}"),
            "x.go:3:5: syntax error: unexpected newline in argument list; possibly missing comma or )");
  EXPECT_EQ(error("package p\nx := 1"), "x.go:2:1: syntax error: non-declaration statement outside function body");
  EXPECT_EQ(error("package p\nfunc f() {"), "x.go:2:11: syntax error: unexpected EOF, expecting }");
  EXPECT_EQ(error("package p\nfunc f() {\n\tx := 1 2\n}"),
            "x.go:3:9: syntax error: unexpected literal 2 at end of statement");
  EXPECT_EQ(error("package p\nfunc f() {\n\tif x := 1 {}\n}"), "x.go:3:7: syntax error: cannot use x := 1 as value");
  EXPECT_EQ(error("package p\nfunc f() {\n\tif x = 1 {}\n}"),
            "x.go:3:7: syntax error: cannot use assignment (x) = (1) as value");
  EXPECT_EQ(error("package p\nfunc f() {\n\tgo x\n}"), "x.go:3:5: expression in go must be function call");
  EXPECT_EQ(error("package p\nfunc f() {\n\tfor i := 0; i < 3; j := 1 {}\n}"),
            "x.go:3:23: syntax error: cannot declare in post statement of for loop");
  EXPECT_EQ(error("package p\nvar x = a[1:2:]"), "x.go:2:15: final index required in 3-index slice");
  EXPECT_EQ(error("package p\nfunc f(a int, string) {}"),
            "x.go:2:15: syntax error: mixed named and unnamed parameters");
  EXPECT_EQ(error("x := 1"), "x.go:1:1: syntax error: package statement must be first");
  EXPECT_EQ(error("package p\nvar x int = 1 +"), "x.go:2:16: syntax error: unexpected EOF, expecting expression");
  EXPECT_EQ(error("package p\nfunc f() {\n\tvar x\n}"), "x.go:3:7: syntax error: unexpected newline, expecting type");
}

} // namespace
