// AST serialization: the standard packages written in Go are parsed by
// goterp's own front end once, at build time, and shipped in the binary as
// bytes that a run decodes in one pass, without ANTLR. ANTLR builds its
// prediction DFA lazily in every new process, so parsing even the few
// thousand lines of fmt and its imports cost most of a hello world's start.
//
// Format (integers are LEB128 varints):
//   file := str(filename) node(pkgName) span(imports) span(decls)
//   node := 0                         null
//         | 1 id                      the node numbered id, met before
//         | kind+2 line col fields    a new node, numbered in order of appearance
//   span := n node*
//   name := 0 str | index+1           a new name, or the index-th new name
//   str  := len bytes 0               the NUL keeps arena.str's guarantee
//   body := 0 | len+1 node            a FuncDecl's body, numbered and named
//                                     apart: decoded only if it is checked
// Node numbering keeps sharing as the builder made it (a file's imports are
// also among its decls). The fields of each node kind are listed once, in
// fields() below, which both directions run: writing and reading cannot
// disagree on an order. The static_asserts on node sizes make adding a field
// to ast.h fail to compile until it is listed there (or declared the
// checker's).
//
// Invariant: the bytes come from the same build's serializer (the blob is
// generated with this file), so the reader does not validate them.
//
// Rejected: generating C++ that constructs the nodes as initialised data
// (the checker writes into nodes, names must be interned at run time, every
// pointer costs a load-time relocation, and every package would be paid for,
// not just the imported ones); persisting ANTLR's DFA (the C++ runtime has no
// API for it, and lexing, the parse tree and the building would remain); a
// cache of parsed files on disk (a writable cache to manage and invalidate,
// and a slow first run); a hand-written parser for the standard packages (a
// second parser to keep in step with the grammar).
#include "interp/ast_serial.h"

#include <cstdio>
#include <cstdlib>
#include <unordered_map>
#include <vector>

namespace goterp {

namespace {

// Node sizes as listed in fields(); a new member must be serialized there,
// or be one the checker sets (then only update the size).
#if UINTPTR_MAX == UINT64_MAX
static_assert(sizeof(Ident) == 56, "serialize the new Ident field");
static_assert(sizeof(BasicLit) == 80, "serialize the new BasicLit field");
static_assert(sizeof(CompositeLit) == 72, "serialize the new CompositeLit field");
static_assert(sizeof(KeyValueExpr) == 48, "serialize the new KeyValueExpr field");
static_assert(sizeof(FuncType) == 64, "serialize the new FuncType field");
static_assert(sizeof(FuncLit) == 56, "serialize the new FuncLit field");
static_assert(sizeof(ParenExpr) == 40, "serialize the new ParenExpr field");
static_assert(sizeof(SelectorExpr) == 56, "serialize the new SelectorExpr field");
static_assert(sizeof(IndexExpr) == 56, "serialize the new IndexExpr field");
static_assert(sizeof(SliceExpr) == 80, "serialize the new SliceExpr field");
static_assert(sizeof(TypeAssertExpr) == 48, "serialize the new TypeAssertExpr field");
static_assert(sizeof(CallExpr) == 88, "serialize the new CallExpr field");
static_assert(sizeof(StarExpr) == 40, "serialize the new StarExpr field");
static_assert(sizeof(UnaryExpr) == 48, "serialize the new UnaryExpr field");
static_assert(sizeof(BinaryExpr) == 64, "serialize the new BinaryExpr field");
static_assert(sizeof(ArrayType) == 48, "serialize the new ArrayType field");
static_assert(sizeof(StructType) == 48, "serialize the new StructType field");
static_assert(sizeof(InterfaceType) == 48, "serialize the new InterfaceType field");
static_assert(sizeof(MapType) == 48, "serialize the new MapType field");
static_assert(sizeof(ChanType) == 48, "serialize the new ChanType field");
static_assert(sizeof(Ellipsis) == 40, "serialize the new Ellipsis field");
static_assert(sizeof(Field) == 48, "serialize the new Field field");
static_assert(sizeof(BadStmt) == 12, "serialize the new BadStmt field");
static_assert(sizeof(DeclStmt) == 24, "serialize the new DeclStmt field");
static_assert(sizeof(EmptyStmt) == 12, "serialize the new EmptyStmt field");
static_assert(sizeof(LabeledStmt) == 32, "serialize the new LabeledStmt field");
static_assert(sizeof(ExprStmt) == 24, "serialize the new ExprStmt field");
static_assert(sizeof(SendStmt) == 40, "serialize the new SendStmt field");
static_assert(sizeof(IncDecStmt) == 32, "serialize the new IncDecStmt field");
static_assert(sizeof(AssignStmt) == 64, "serialize the new AssignStmt field");
static_assert(sizeof(GoStmt) == 24, "serialize the new GoStmt field");
static_assert(sizeof(DeferStmt) == 24, "serialize the new DeferStmt field");
static_assert(sizeof(ReturnStmt) == 32, "serialize the new ReturnStmt field");
static_assert(sizeof(BranchStmt) == 32, "serialize the new BranchStmt field");
static_assert(sizeof(BlockStmt) == 40, "serialize the new BlockStmt field");
static_assert(sizeof(IfStmt) == 48, "serialize the new IfStmt field");
static_assert(sizeof(CaseClause) == 64, "serialize the new CaseClause field");
static_assert(sizeof(SwitchStmt) == 56, "serialize the new SwitchStmt field");
static_assert(sizeof(TypeSwitchStmt) == 64, "serialize the new TypeSwitchStmt field");
static_assert(sizeof(CommClause) == 40, "serialize the new CommClause field");
static_assert(sizeof(SelectStmt) == 32, "serialize the new SelectStmt field");
static_assert(sizeof(ForStmt) == 48, "serialize the new ForStmt field");
static_assert(sizeof(RangeStmt) == 56, "serialize the new RangeStmt field");
static_assert(sizeof(ImportSpec) == 32, "serialize the new ImportSpec field");
static_assert(sizeof(ValueSpec) == 64, "serialize the new ValueSpec field");
static_assert(sizeof(TypeSpec) == 40, "serialize the new TypeSpec field");
static_assert(sizeof(GenDecl) == 32, "serialize the new GenDecl field");
static_assert(sizeof(FuncDecl) == 80, "serialize the new FuncDecl field");
#endif

// The members of each node kind that the parser sets, in one order for both
// directions. IO is Writer or Reader.
template <class IO> void fields(IO &io, Node *n) {
  switch (n->kind) {
  case NodeKind::Ident: io.name(n->as<Ident>()->name); break;
  case NodeKind::BasicLit: {
    auto *x = n->as<BasicLit>();
    io.byte(x->lit);
    io.str(x->raw);
    io.str(x->value);
    io.num(x->rune);
    break;
  }
  case NodeKind::CompositeLit: {
    auto *x = n->as<CompositeLit>();
    io.node(x->typ);
    io.span(x->elts);
    io.pos(x->lbrace);
    io.pos(x->rbrace);
    break;
  }
  case NodeKind::KeyValueExpr:
    io.node(n->as<KeyValueExpr>()->key);
    io.node(n->as<KeyValueExpr>()->value);
    break;
  case NodeKind::FuncLit:
    io.node(n->as<FuncLit>()->ftype);
    io.node(n->as<FuncLit>()->body);
    break;
  case NodeKind::ParenExpr: io.node(n->as<ParenExpr>()->x); break;
  case NodeKind::SelectorExpr:
    io.node(n->as<SelectorExpr>()->x);
    io.node(n->as<SelectorExpr>()->sel);
    break;
  case NodeKind::IndexExpr: {
    auto *x = n->as<IndexExpr>();
    io.node(x->x);
    io.node(x->index);
    io.pos(x->lbrack);
    break;
  }
  case NodeKind::SliceExpr: {
    auto *x = n->as<SliceExpr>();
    io.node(x->x);
    io.node(x->lo);
    io.node(x->hi);
    io.node(x->max);
    io.byte(x->slice3);
    io.pos(x->lbrack);
    break;
  }
  case NodeKind::TypeAssertExpr:
    io.node(n->as<TypeAssertExpr>()->x);
    io.node(n->as<TypeAssertExpr>()->typ);
    break;
  case NodeKind::CallExpr: {
    auto *x = n->as<CallExpr>();
    io.node(x->fun);
    io.span(x->args);
    io.byte(x->hasEllipsis);
    io.pos(x->lparen);
    io.pos(x->rparen);
    break;
  }
  case NodeKind::StarExpr: io.node(n->as<StarExpr>()->x); break;
  case NodeKind::UnaryExpr:
    io.byte(n->as<UnaryExpr>()->op);
    io.node(n->as<UnaryExpr>()->x);
    break;
  case NodeKind::BinaryExpr: {
    auto *x = n->as<BinaryExpr>();
    io.byte(x->op);
    io.node(x->x);
    io.node(x->y);
    io.pos(x->opPos);
    break;
  }
  case NodeKind::ArrayType:
    io.node(n->as<ArrayType>()->len);
    io.node(n->as<ArrayType>()->elt);
    break;
  case NodeKind::StructType: io.span(n->as<StructType>()->fields); break;
  case NodeKind::FuncType:
    io.span(n->as<FuncType>()->params);
    io.span(n->as<FuncType>()->results);
    break;
  case NodeKind::InterfaceType: io.span(n->as<InterfaceType>()->methods); break;
  case NodeKind::MapType:
    io.node(n->as<MapType>()->key);
    io.node(n->as<MapType>()->value);
    break;
  case NodeKind::ChanType:
    io.byte(n->as<ChanType>()->dir);
    io.node(n->as<ChanType>()->value);
    break;
  case NodeKind::Ellipsis: io.node(n->as<Ellipsis>()->elt); break;
  case NodeKind::Field: {
    auto *x = n->as<Field>();
    io.span(x->names);
    io.node(x->typ);
    io.node(x->tag);
    break;
  }
  case NodeKind::BadStmt:
  case NodeKind::EmptyStmt: break;
  case NodeKind::DeclStmt: io.node(n->as<DeclStmt>()->decl); break;
  case NodeKind::LabeledStmt:
    io.node(n->as<LabeledStmt>()->label);
    io.node(n->as<LabeledStmt>()->stmt);
    break;
  case NodeKind::ExprStmt: io.node(n->as<ExprStmt>()->x); break;
  case NodeKind::SendStmt: {
    auto *x = n->as<SendStmt>();
    io.node(x->chan);
    io.node(x->value);
    io.pos(x->arrow);
    break;
  }
  case NodeKind::IncDecStmt:
    io.node(n->as<IncDecStmt>()->x);
    io.byte(n->as<IncDecStmt>()->tok);
    break;
  case NodeKind::AssignStmt: {
    auto *x = n->as<AssignStmt>();
    io.span(x->lhs);
    io.byte(x->tok);
    io.pos(x->tokPos);
    io.span(x->rhs);
    break;
  }
  case NodeKind::GoStmt: io.node(n->as<GoStmt>()->call); break;
  case NodeKind::DeferStmt: io.node(n->as<DeferStmt>()->call); break;
  case NodeKind::ReturnStmt: io.span(n->as<ReturnStmt>()->results); break;
  case NodeKind::BranchStmt:
    io.byte(n->as<BranchStmt>()->tok);
    io.node(n->as<BranchStmt>()->label);
    break;
  case NodeKind::BlockStmt:
    io.span(n->as<BlockStmt>()->list);
    io.pos(n->as<BlockStmt>()->rbrace);
    break;
  case NodeKind::IfStmt: {
    auto *x = n->as<IfStmt>();
    io.node(x->init);
    io.node(x->cond);
    io.node(x->body);
    io.node(x->els);
    break;
  }
  case NodeKind::CaseClause: {
    auto *x = n->as<CaseClause>();
    io.span(x->list);
    io.byte(x->isDefault);
    io.span(x->body);
    break;
  }
  case NodeKind::SwitchStmt: {
    auto *x = n->as<SwitchStmt>();
    io.node(x->init);
    io.node(x->tag);
    io.span(x->clauses);
    io.pos(x->rbrace);
    break;
  }
  case NodeKind::TypeSwitchStmt: {
    auto *x = n->as<TypeSwitchStmt>();
    io.node(x->init);
    io.node(x->bind);
    io.node(x->x);
    io.span(x->clauses);
    io.pos(x->rbrace);
    break;
  }
  case NodeKind::CommClause:
    io.node(n->as<CommClause>()->comm);
    io.span(n->as<CommClause>()->body);
    break;
  case NodeKind::SelectStmt: io.span(n->as<SelectStmt>()->clauses); break;
  case NodeKind::ForStmt: {
    auto *x = n->as<ForStmt>();
    io.node(x->init);
    io.node(x->cond);
    io.node(x->post);
    io.node(x->body);
    break;
  }
  case NodeKind::RangeStmt: {
    auto *x = n->as<RangeStmt>();
    io.node(x->key);
    io.node(x->value);
    io.byte(x->tok);
    io.node(x->x);
    io.node(x->body);
    break;
  }
  case NodeKind::ImportSpec:
    io.node(n->as<ImportSpec>()->name);
    io.node(n->as<ImportSpec>()->path);
    break;
  case NodeKind::ValueSpec: {
    auto *x = n->as<ValueSpec>();
    io.span(x->names);
    io.node(x->typ);
    io.span(x->values);
    io.num(x->iota);
    break;
  }
  case NodeKind::TypeSpec: {
    auto *x = n->as<TypeSpec>();
    io.node(x->name);
    io.byte(x->alias);
    io.node(x->typ);
    break;
  }
  case NodeKind::GenDecl:
    io.byte(n->as<GenDecl>()->tok);
    io.span(n->as<GenDecl>()->specs);
    break;
  case NodeKind::FuncDecl: {
    auto *x = n->as<FuncDecl>();
    io.node(x->recv);
    io.num(x->nrecv);
    io.pos(x->recvPos);
    io.node(x->name);
    io.node(x->ftype);
    io.body(x);
    break;
  }
  }
}

template <class IO> void fileFields(IO &io, File &f) {
  io.node(f.pkgName);
  io.span(f.imports);
  io.span(f.decls);
}

class Writer {
public:
  explicit Writer(std::string &out) : out_(out) {}

  void uvarint(uint64_t v) {
    while (v >= 0x80) {
      out_ += char(v | 0x80);
      v >>= 7;
    }
    out_ += char(v);
  }
  template <class T> void byte(T v) { out_ += char(v); }
  template <class T> void num(T v) { uvarint(uint64_t(v)); }
  void pos(Pos p) {
    uvarint(p.line);
    uvarint(p.col);
  }
  void str(std::string_view s) {
    uvarint(s.size());
    out_.append(s);
    out_ += '\0';
  }
  void name(Name n) {
    auto [it, added] = names_.emplace(n.s.data(), names_.size());
    if (added) {
      uvarint(0);
      str(n.s);
    } else {
      uvarint(it->second + 1);
    }
  }
  template <class T> void node(T *n) {
    if (!n) return uvarint(0);
    auto [it, added] = ids_.emplace(n, ids_.size());
    if (!added) {
      uvarint(1);
      uvarint(it->second);
      return;
    }
    uvarint(uint64_t(n->kind) + 2);
    pos(n->pos);
    fields(*this, n);
  }
  template <class T> void span(const Span<T> &s) {
    uvarint(s.size());
    for (T n : s) node(n);
  }
  // A function body: its own bytes, names and numbering, so that it can be
  // decoded alone.
  void body(FuncDecl *fd) {
    if (!fd->body) return uvarint(0);
    std::string sub;
    Writer w(sub);
    w.node(fd->body);
    uvarint(sub.size() + 1);
    out_ += sub;
  }

private:
  std::string &out_;
  std::unordered_map<const void *, size_t> names_;
  std::unordered_map<const Node *, size_t> ids_;
};

class Reader {
public:
  Reader(const char *p, Arena &a) : p_(reinterpret_cast<const uint8_t *>(p)), a_(a) {}

  uint64_t uvarint() {
    uint64_t v = 0;
    for (int shift = 0;; shift += 7) {
      uint8_t b = *p_++;
      v |= uint64_t(b & 0x7F) << shift;
      if (b < 0x80) return v;
    }
  }
  size_t consumed(const char *start) const { return size_t(reinterpret_cast<const char *>(p_) - start); }
  template <class T> void byte(T &v) { v = T(*p_++); }
  template <class T> void num(T &v) { v = T(uvarint()); }
  void pos(Pos &p) {
    p.line = uint32_t(uvarint());
    p.col = uint32_t(uvarint());
  }
  void str(std::string_view &s) {
    size_t n = uvarint();
    s = std::string_view(reinterpret_cast<const char *>(p_), n);
    p_ += n + 1;
  }
  void name(Name &n) {
    size_t i = uvarint();
    if (i == 0) {
      std::string_view s;
      str(s);
      names_.push_back(intern(s));
      n = names_.back();
    } else {
      n = names_[i - 1];
    }
  }
  template <class T> void node(T *&out) {
    uint64_t tag = uvarint();
    if (tag == 0) {
      out = nullptr;
      return;
    }
    if (tag == 1) {
      out = static_cast<T *>(ids_[uvarint()]);
      return;
    }
    auto kind = NodeKind(tag - 2);
    Pos p;
    pos(p);
    Node *n = make(kind, p);
    ids_.push_back(n);
    fields(*this, n);
    out = static_cast<T *>(n);
  }
  template <class T> void span(Span<T> &s) {
    s.n = uint32_t(uvarint());
    if (s.n == 0) return;
    s.data = static_cast<T *>(a_.alloc(sizeof(T) * s.n, alignof(T)));
    for (uint32_t i = 0; i < s.n; i++) node(s.data[i]);
  }
  // Left undecoded: most of a package's functions are never called.
  void body(FuncDecl *fd) {
    size_t n = uvarint();
    if (n == 0) return;
    fd->lazyBody = reinterpret_cast<const char *>(p_);
    p_ += n - 1;
  }

private:
  // A node of the kind with its members zero; fields() fills them.
  Node *make(NodeKind k, Pos p) {
    switch (k) {
    case NodeKind::Ident: return a_.make<Ident>(p, Name{});
    case NodeKind::BasicLit: return a_.make<BasicLit>(p, LitKind::Int, std::string_view());
    case NodeKind::CompositeLit: return a_.make<CompositeLit>(p, nullptr);
    case NodeKind::KeyValueExpr: return a_.make<KeyValueExpr>(p, nullptr, nullptr);
    case NodeKind::FuncLit: return a_.make<FuncLit>(p, nullptr, nullptr);
    case NodeKind::ParenExpr: return a_.make<ParenExpr>(p, nullptr);
    case NodeKind::SelectorExpr: return a_.make<SelectorExpr>(p, nullptr, nullptr);
    case NodeKind::IndexExpr: return a_.make<IndexExpr>(p, nullptr, nullptr);
    case NodeKind::SliceExpr: return a_.make<SliceExpr>(p, nullptr);
    case NodeKind::TypeAssertExpr: return a_.make<TypeAssertExpr>(p, nullptr, nullptr);
    case NodeKind::CallExpr: return a_.make<CallExpr>(p, nullptr);
    case NodeKind::StarExpr: return a_.make<StarExpr>(p, nullptr);
    case NodeKind::UnaryExpr: return a_.make<UnaryExpr>(p, Tok::None, nullptr);
    case NodeKind::BinaryExpr: return a_.make<BinaryExpr>(p, Tok::None, nullptr, nullptr, Pos{});
    case NodeKind::ArrayType: return a_.make<ArrayType>(p, nullptr, nullptr);
    case NodeKind::StructType: return a_.make<StructType>(p);
    case NodeKind::FuncType: return a_.make<FuncType>(p);
    case NodeKind::InterfaceType: return a_.make<InterfaceType>(p);
    case NodeKind::MapType: return a_.make<MapType>(p, nullptr, nullptr);
    case NodeKind::ChanType: return a_.make<ChanType>(p, ChanDir::Both, nullptr);
    case NodeKind::Ellipsis: return a_.make<Ellipsis>(p, nullptr);
    case NodeKind::BadStmt: return a_.make<BadStmt>(p);
    case NodeKind::DeclStmt: return a_.make<DeclStmt>(p, nullptr);
    case NodeKind::EmptyStmt: return a_.make<EmptyStmt>(p);
    case NodeKind::LabeledStmt: return a_.make<LabeledStmt>(p, nullptr, nullptr);
    case NodeKind::ExprStmt: return a_.make<ExprStmt>(p, nullptr);
    case NodeKind::SendStmt: return a_.make<SendStmt>(p, nullptr, nullptr, Pos{});
    case NodeKind::IncDecStmt: return a_.make<IncDecStmt>(p, nullptr, Tok::None);
    case NodeKind::AssignStmt: return a_.make<AssignStmt>(p, Tok::None);
    case NodeKind::GoStmt: return a_.make<GoStmt>(p, nullptr);
    case NodeKind::DeferStmt: return a_.make<DeferStmt>(p, nullptr);
    case NodeKind::ReturnStmt: return a_.make<ReturnStmt>(p);
    case NodeKind::BranchStmt: return a_.make<BranchStmt>(p, Tok::None, nullptr);
    case NodeKind::BlockStmt: return a_.make<BlockStmt>(p);
    case NodeKind::IfStmt: return a_.make<IfStmt>(p);
    case NodeKind::CaseClause: return a_.make<CaseClause>(p);
    case NodeKind::SwitchStmt: return a_.make<SwitchStmt>(p);
    case NodeKind::TypeSwitchStmt: return a_.make<TypeSwitchStmt>(p);
    case NodeKind::CommClause: return a_.make<CommClause>(p, nullptr);
    case NodeKind::SelectStmt: return a_.make<SelectStmt>(p);
    case NodeKind::ForStmt: return a_.make<ForStmt>(p);
    case NodeKind::RangeStmt: return a_.make<RangeStmt>(p);
    case NodeKind::ImportSpec: return a_.make<ImportSpec>(p, nullptr, nullptr);
    case NodeKind::ValueSpec: return a_.make<ValueSpec>(p);
    case NodeKind::TypeSpec: return a_.make<TypeSpec>(p, nullptr, false, nullptr);
    case NodeKind::GenDecl: return a_.make<GenDecl>(p, Tok::None);
    case NodeKind::FuncDecl: return a_.make<FuncDecl>(p, nullptr, nullptr, nullptr);
    case NodeKind::Field: return a_.make<Field>(p, nullptr);
    }
    std::fprintf(stderr, "goterp: internal error: bad node kind %d in a serialized AST\n", int(k));
    std::abort();
  }

  const uint8_t *p_;
  Arena &a_;
  std::vector<Name> names_;
  std::vector<Node *> ids_;
};

} // namespace

void serializeFile(const File &file, std::string &out) {
  Writer w(out);
  w.str(file.filename);
  fileFields(w, const_cast<File &>(file));
}

BlockStmt *decodeBody(FuncDecl *fd, File &file) {
  if (!fd->body && fd->lazyBody) {
    Reader r(fd->lazyBody, file.arena);
    r.node(fd->body);
    fd->lazyBody = nullptr;
  }
  return fd->body;
}

std::unique_ptr<File> deserializeFile(const char *data, size_t size) {
  auto file = std::make_unique<File>();
  Reader r(data, file->arena);
  std::string_view filename;
  r.str(filename);
  file->filename = std::string(filename);
  fileFields(r, *file);
  if (r.consumed(data) != size) {
    std::fprintf(stderr, "goterp: internal error: a serialized AST was misread\n");
    std::abort();
  }
  return file;
}

} // namespace goterp
