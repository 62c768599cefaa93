// AST serialization: every embedded standard package, as the binary carries
// it, decodes to the AST that parsing its source gives now, member for
// member, positions, literal text and sharing included.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <unordered_map>

#include "interp/ast_serial.h"
#include "interp/parse.h"
#include "interp/source.h"

using namespace goterp;

namespace {

// Every member the parser sets, written out; nodes met before print as
// their number, so that sharing is compared too. Written apart from the
// serializer's own field list so that a member it forgets shows here.
class Dumper {
public:
  std::string out;

  void file(const File &f) {
    file_ = const_cast<File *>(&f);
    out += "file " + f.filename + "\n";
    node(f.pkgName);
    span(f.imports);
    span(f.decls);
  }

private:
  void pos(Pos p) { out += " @" + std::to_string(p.line) + ":" + std::to_string(p.col); }
  void num(long v) { out += " " + std::to_string(v); }
  void str(std::string_view s) {
    out += " \"";
    for (unsigned char c : s) {
      if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') {
        out += char(c);
      } else {
        char b[8];
        std::snprintf(b, sizeof b, "\\x%02x", c);
        out += b;
      }
    }
    out += '"';
    // Literal text is NUL-terminated, as the arena's copies are.
    if (s.data()[s.size()] != 0) out += "(no NUL)";
  }
  void name(Name n) {
    out += " " + n.str();
    if (intern(n.s) != n) out += "(not interned)";
  }
  template <class T> void span(const Span<T> &s) {
    out += " [";
    for (T n : s) node(n);
    out += " ]";
  }

  void node(const Node *n) {
    if (!n) {
      out += " nil";
      return;
    }
    auto [it, added] = seen_.emplace(n, seen_.size());
    if (!added) {
      out += " #" + std::to_string(it->second);
      return;
    }
    out += "\n(" + std::to_string(int(n->kind));
    pos(n->pos);
    members(n);
    out += ")";
  }

  void members(const Node *n) {
    switch (n->kind) {
    case NodeKind::Ident: return name(n->as<Ident>()->name);
    case NodeKind::BasicLit: {
      auto *x = n->as<BasicLit>();
      num(int(x->lit));
      str(x->raw);
      if (x->lit == LitKind::String || x->lit == LitKind::Rune) str(x->value);
      return num(x->rune);
    }
    case NodeKind::CompositeLit: {
      auto *x = n->as<CompositeLit>();
      node(x->typ);
      span(x->elts);
      pos(x->lbrace);
      return pos(x->rbrace);
    }
    case NodeKind::KeyValueExpr: return node(n->as<KeyValueExpr>()->key), node(n->as<KeyValueExpr>()->value);
    case NodeKind::FuncLit: return node(n->as<FuncLit>()->ftype), node(n->as<FuncLit>()->body);
    case NodeKind::ParenExpr: return node(n->as<ParenExpr>()->x);
    case NodeKind::SelectorExpr: return node(n->as<SelectorExpr>()->x), node(n->as<SelectorExpr>()->sel);
    case NodeKind::IndexExpr: {
      auto *x = n->as<IndexExpr>();
      node(x->x);
      node(x->index);
      return pos(x->lbrack);
    }
    case NodeKind::SliceExpr: {
      auto *x = n->as<SliceExpr>();
      node(x->x);
      node(x->lo);
      node(x->hi);
      node(x->max);
      num(x->slice3);
      return pos(x->lbrack);
    }
    case NodeKind::TypeAssertExpr: return node(n->as<TypeAssertExpr>()->x), node(n->as<TypeAssertExpr>()->typ);
    case NodeKind::CallExpr: {
      auto *x = n->as<CallExpr>();
      node(x->fun);
      span(x->args);
      num(x->hasEllipsis);
      pos(x->lparen);
      return pos(x->rparen);
    }
    case NodeKind::StarExpr: return node(n->as<StarExpr>()->x);
    case NodeKind::UnaryExpr: return num(int(n->as<UnaryExpr>()->op)), node(n->as<UnaryExpr>()->x);
    case NodeKind::BinaryExpr: {
      auto *x = n->as<BinaryExpr>();
      num(int(x->op));
      node(x->x);
      node(x->y);
      return pos(x->opPos);
    }
    case NodeKind::ArrayType: return node(n->as<ArrayType>()->len), node(n->as<ArrayType>()->elt);
    case NodeKind::StructType: return span(n->as<StructType>()->fields);
    case NodeKind::FuncType: return span(n->as<FuncType>()->params), span(n->as<FuncType>()->results);
    case NodeKind::InterfaceType: return span(n->as<InterfaceType>()->methods);
    case NodeKind::MapType: return node(n->as<MapType>()->key), node(n->as<MapType>()->value);
    case NodeKind::ChanType: return num(int(n->as<ChanType>()->dir)), node(n->as<ChanType>()->value);
    case NodeKind::Ellipsis: return node(n->as<Ellipsis>()->elt);
    case NodeKind::Field: {
      auto *x = n->as<Field>();
      span(x->names);
      node(x->typ);
      return node(x->tag);
    }
    case NodeKind::BadStmt:
    case NodeKind::EmptyStmt: return;
    case NodeKind::DeclStmt: return node(n->as<DeclStmt>()->decl);
    case NodeKind::LabeledStmt: return node(n->as<LabeledStmt>()->label), node(n->as<LabeledStmt>()->stmt);
    case NodeKind::ExprStmt: return node(n->as<ExprStmt>()->x);
    case NodeKind::SendStmt: {
      auto *x = n->as<SendStmt>();
      node(x->chan);
      node(x->value);
      return pos(x->arrow);
    }
    case NodeKind::IncDecStmt: return node(n->as<IncDecStmt>()->x), num(int(n->as<IncDecStmt>()->tok));
    case NodeKind::AssignStmt: {
      auto *x = n->as<AssignStmt>();
      span(x->lhs);
      num(int(x->tok));
      pos(x->tokPos);
      return span(x->rhs);
    }
    case NodeKind::GoStmt: return node(n->as<GoStmt>()->call);
    case NodeKind::DeferStmt: return node(n->as<DeferStmt>()->call);
    case NodeKind::ReturnStmt: return span(n->as<ReturnStmt>()->results);
    case NodeKind::BranchStmt: return num(int(n->as<BranchStmt>()->tok)), node(n->as<BranchStmt>()->label);
    case NodeKind::BlockStmt: return span(n->as<BlockStmt>()->list), pos(n->as<BlockStmt>()->rbrace);
    case NodeKind::IfStmt: {
      auto *x = n->as<IfStmt>();
      node(x->init);
      node(x->cond);
      node(x->body);
      return node(x->els);
    }
    case NodeKind::CaseClause: {
      auto *x = n->as<CaseClause>();
      span(x->list);
      num(x->isDefault);
      return span(x->body);
    }
    case NodeKind::SwitchStmt: {
      auto *x = n->as<SwitchStmt>();
      node(x->init);
      node(x->tag);
      span(x->clauses);
      return pos(x->rbrace);
    }
    case NodeKind::TypeSwitchStmt: {
      auto *x = n->as<TypeSwitchStmt>();
      node(x->init);
      node(x->bind);
      node(x->x);
      span(x->clauses);
      return pos(x->rbrace);
    }
    case NodeKind::CommClause: return node(n->as<CommClause>()->comm), span(n->as<CommClause>()->body);
    case NodeKind::SelectStmt: return span(n->as<SelectStmt>()->clauses);
    case NodeKind::ForStmt: {
      auto *x = n->as<ForStmt>();
      node(x->init);
      node(x->cond);
      node(x->post);
      return node(x->body);
    }
    case NodeKind::RangeStmt: {
      auto *x = n->as<RangeStmt>();
      node(x->key);
      node(x->value);
      num(int(x->tok));
      node(x->x);
      return node(x->body);
    }
    case NodeKind::ImportSpec: return node(n->as<ImportSpec>()->name), node(n->as<ImportSpec>()->path);
    case NodeKind::ValueSpec: {
      auto *x = n->as<ValueSpec>();
      span(x->names);
      node(x->typ);
      span(x->values);
      return num(x->iota);
    }
    case NodeKind::TypeSpec: {
      auto *x = n->as<TypeSpec>();
      node(x->name);
      num(x->alias);
      return node(x->typ);
    }
    case NodeKind::GenDecl: return num(int(n->as<GenDecl>()->tok)), span(n->as<GenDecl>()->specs);
    case NodeKind::FuncDecl: {
      auto *x = n->as<FuncDecl>();
      node(x->recv);
      num(x->nrecv);
      pos(x->recvPos);
      node(x->name);
      node(x->ftype);
      return node(decodeBody(const_cast<FuncDecl *>(x), *file_));
    }
    }
    out += " <unknown kind>";
  }

  std::unordered_map<const Node *, size_t> seen_;
  File *file_ = nullptr; // its arena, for bodies still serialized
};

std::string dump(const File &f) {
  Dumper d;
  d.file(f);
  return d.out;
}

// "" if the dumps are equal, else where they first differ: whole dumps are
// too long to read in a failure.
std::string difference(const std::string &got, const std::string &want) {
  size_t line = 1, start = 0;
  for (size_t i = 0; i < got.size() || i < want.size(); i++) {
    if (i >= got.size() || i >= want.size() || got[i] != want[i]) {
      auto lineAt = [&](const std::string &s) { return s.substr(start, s.find('\n', start) - start); };
      return "dump line " + std::to_string(line) + ": got " + lineAt(got) + "\nwant " + lineAt(want);
    }
    if (got[i] == '\n') line++, start = i + 1;
  }
  return "";
}

std::string parseAndDump(const std::string &filename, const std::string &text) {
  Diagnostics diags;
  std::unique_ptr<File> f = parseFile(filename, text, diags);
  if (!f) {
    diags.print();
    return "parse error";
  }
  return dump(*f);
}

std::string roundTrip(const std::string &filename, const std::string &text) {
  Diagnostics diags;
  std::unique_ptr<File> f = parseFile(filename, text, diags);
  if (!f) return "parse error";
  std::string bytes;
  serializeFile(*f, bytes);
  return dump(*deserializeFile(bytes.data(), bytes.size()));
}

TEST(ASTSerial, EmbeddedPackagesEqualAFreshParse) {
  namespace fs = std::filesystem;
  size_t files = 0;
  for (const auto &e : fs::directory_iterator(GOTERP_SOURCE_DIR "/stdlib/go"))
    if (e.path().extension() == ".go") files++;
  EXPECT_EQ(kNumStdPackageASTs, files) << "every stdlib/go file is embedded";
  for (size_t i = 0; i < kNumStdPackageASTs; i++) {
    const StdPackageAST &p = kStdPackageASTs[i];
    std::string base = p.path;
    for (char &c : base)
      if (c == '/') c = '_';
    std::string text;
    ASSERT_TRUE(readFile(GOTERP_SOURCE_DIR "/stdlib/go/" + base + ".go", text)) << p.path;
    std::string want = parseAndDump("$GOROOT/src/" + std::string(p.path) + ".go", text);
    EXPECT_EQ(difference(dump(*deserializeFile(p.data, p.size)), want), "") << p.path;
  }
}

// Forms the embedded packages may not use yet.
TEST(ASTSerial, EveryNodeKindRoundTrips) {
  const char *src = R"(package p

import (
	. "fmt"
	u "unicode/utf8"
)

type (
	T  struct{ a, b int "tag"; *T; u.X `raw` }
	I  interface{ M(x ...int) (n int, err error); fmt.Stringer }
	A  = map[string][]chan<- <-chan [4]func(int) *T
)

var x, y = 'é', "a\x00\u00e9\n"

const (
	c0 = iota * 1.5i
	c1
)

func (t *T) M(a, b int, c ...string) (r int) {
	defer func() { recover() }()
	go t.M(1, 2)
	ch := make(chan int, 1)
	ch <- 1
	select {
	case v, ok := <-ch:
		_, _ = v, ok
	case ch <- 2:
	default:
	}
	switch x := any(t).(type) {
	case *T, nil:
		_ = x
	}
	switch y := 1; {
	case y > 0:
		fallthrough
	default:
	}
L:
	for i := 0; i < 3; i++ {
		if i == 1 {
			continue L
		} else if i == 2 {
			break
		}
	}
	for k, v := range []int{1, 2: 3} {
		r += k &^ v
	}
	s := []int{}[1:2:3]
	_ = s[:]
	p := &T{a: 1}
	*p = T{}
	r--
	var z struct{}
	_ = z
	goto L
	return -r
}
)";
  EXPECT_EQ(difference(roundTrip("p.go", src), parseAndDump("p.go", src)), "");
}

} // namespace
