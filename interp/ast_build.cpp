#include "interp/ast_build.h"

#include "interp/ast_print.h"
#include "interp/syntax_error.h"

namespace goterp {

using antlr4::ParserRuleContext;
using antlr4::Token;
using antlr4::tree::ParseTree;
using antlr4::tree::TerminalNode;
using P = GoParser;

namespace {

// Appends the UTF-8 encoding of r (invalid code points as U+FFFD, as Go).
void appendUTF8(std::string &out, uint32_t r) {
  if (r > 0x10FFFF || (r >= 0xD800 && r < 0xE000)) r = 0xFFFD;
  if (r < 0x80) {
    out += char(r);
  } else if (r < 0x800) {
    out += char(0xC0 | (r >> 6));
    out += char(0x80 | (r & 0x3F));
  } else if (r < 0x10000) {
    out += char(0xE0 | (r >> 12));
    out += char(0x80 | ((r >> 6) & 0x3F));
    out += char(0x80 | (r & 0x3F));
  } else {
    out += char(0xF0 | (r >> 18));
    out += char(0x80 | ((r >> 12) & 0x3F));
    out += char(0x80 | ((r >> 6) & 0x3F));
    out += char(0x80 | (r & 0x3F));
  }
}

int hexVal(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  c |= 0x20;
  return c >= 'a' && c <= 'f' ? c - 'a' + 10 : 0;
}

// Decodes the body of an interpreted string or rune literal (quotes
// stripped). The lexer has already reported malformed escapes.
// For runes, *rune receives the value of the (first) character.
std::string unquote(std::string_view s, uint32_t *rune) {
  std::string out;
  bool first = true;
  for (size_t i = 0; i < s.size();) {
    uint32_t r;
    bool isByte = false;
    if (s[i] != '\\') {
      // Copy one UTF-8 character.
      size_t start = i++;
      while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) i++;
      out.append(s.substr(start, i - start));
      if (rune && first) {
        unsigned char c = s[start];
        size_t n = i - start;
        r = n == 1 ? c : n == 2 ? c & 0x1F : n == 3 ? c & 0x0F : c & 0x07;
        for (size_t k = start + 1; k < i; k++) r = (r << 6) | (s[k] & 0x3F);
        *rune = r;
      }
      first = false;
      continue;
    }
    i++;
    if (i >= s.size()) break;
    char c = s[i++];
    int n = 0, base = 16;
    switch (c) {
    case 'a': r = 7; break;
    case 'b': r = 8; break;
    case 'f': r = 12; break;
    case 'n': r = 10; break;
    case 'r': r = 13; break;
    case 't': r = 9; break;
    case 'v': r = 11; break;
    case 'x': n = 2, isByte = true; break;
    case 'u': n = 4; break;
    case 'U': n = 8; break;
    default:
      if (c >= '0' && c <= '7') {
        base = 8, n = 2, isByte = true;
        r = uint32_t(c - '0');
      } else {
        r = static_cast<unsigned char>(c); // \\, \', \"
      }
    }
    if (n > 0) {
      if (base == 16) r = 0;
      for (int k = 0; k < n && i < s.size(); k++, i++) r = r * base + uint32_t(hexVal(s[i]));
    }
    if (isByte)
      out += char(r & 0xFF);
    else
      appendUTF8(out, r);
    if (rune && first) *rune = r;
    first = false;
  }
  return out;
}

class Builder {
public:
  Builder(const Source &src, const GoTokenSource &lexer, antlr4::TokenStream &tokens, Diagnostics &diags, File &file)
      : src_(src), lexer_(lexer), tokens_(tokens), diags_(diags), file_(file), a_(file.arena) {}

  void sourceFile(P::SourceFileContext *ctx, bool partial);

private:
  // ---- helpers
  Pos pos(Token *t) const { return lexer_.posOf(t); }
  Pos pos(TerminalNode *t) const { return pos(t->getSymbol()); }
  Pos pos(ParserRuleContext *c) const { return pos(c->getStart()); }
  std::string_view text(Token *t) const {
    size_t b = src_.offset(t->getStartIndex()), e = src_.offset(t->getStopIndex() + 1);
    return std::string_view(src_.text).substr(b, e - b);
  }
  Name name(TerminalNode *t) const { return intern(text(t->getSymbol())); }
  Ident *ident(TerminalNode *t) { return a_.make<Ident>(pos(t), name(t)); }
  void error(Pos p, std::string msg) { diags_.error(src_.filename, p, std::move(msg)); }
  void syntaxError(Pos p, const std::string &msg) { error(p, "syntax error: " + msg); }
  template <class T> Span<T> span(const std::vector<T> &v) { return Span<T>(a_, v); }
  static size_t tokType(ParseTree *c) {
    auto *t = dynamic_cast<TerminalNode *>(c);
    return t ? t->getSymbol()->getType() : Token::INVALID_TYPE;
  }
  static TerminalNode *term(ParseTree *c) { return dynamic_cast<TerminalNode *>(c); }

  // ---- declarations
  void checkSeparators(ParserRuleContext *c);
  GenDecl *importDecl(P::ImportDeclContext *c);
  GenDecl *constDecl(P::ConstDeclContext *c);
  GenDecl *varDecl(P::VarDeclContext *c);
  GenDecl *typeDecl(P::TypeDeclContext *c);
  GenDecl *declaration(P::DeclarationContext *c);
  FuncDecl *funcDecl(P::FuncDeclContext *c);
  std::vector<Ident *> identList(P::IdentifierListContext *c);
  std::vector<Expr *> exprList(ParserRuleContext *c);

  // ---- types
  Expr *type(P::Type_Context *c);
  Expr *resultType(P::ResultTypeContext *c);
  Expr *typeName(P::TypeNameContext *c);
  Expr *typeLit(P::TypeLitContext *c);
  Expr *arrayType(P::ArrayOrSliceTypeContext *c);
  StructType *structType(P::StructTypeContext *c);
  InterfaceType *interfaceType(P::InterfaceTypeContext *c);
  MapType *mapType(P::MapTypeContext *c);
  ChanType *chanType(P::ChanTypeContext *c);
  FuncType *signature(Pos p, P::SignatureContext *c);
  FuncType *signature(Pos p, P::ParametersContext *params, P::ResultContext *r);
  std::vector<Field *> parameters(P::ParametersContext *c);

  // ---- statements
  BlockStmt *block(P::BlockContext *c);
  std::vector<Stmt *> statementList(P::StatementListContext *c);
  Stmt *statement(P::StatementContext *c);
  Stmt *simpleStmt(ParserRuleContext *c, bool rangeOK);
  Stmt *ifStmt(P::IfStmtContext *c);
  Stmt *switchStmt(P::SwitchStmtContext *c);
  Stmt *selectStmt(P::SelectStmtContext *c);
  Stmt *forStmt(P::ForStmtContext *c);
  CallExpr *callOf(Expr *x, ParserRuleContext *c, const char *what);
  Pos gcNodePos(ParserRuleContext *c);
  Expr *condition(Stmt *s);

  // ---- expressions (ordinary and header rules alike)
  Expr *expression(ParserRuleContext *c);
  Expr *binaryExpr(ParserRuleContext *c);
  Expr *unaryExpr(ParserRuleContext *c);
  Expr *primaryExpr(ParserRuleContext *c);
  Expr *operand(P::OperandContext *c);
  Expr *typeOperand(P::TypeOperandContext *c);
  Expr *index(Expr *x, P::IndexContext *c);
  Expr *arguments(Expr *fun, P::ArgumentsContext *c);
  Expr *basicLit(P::BasicLitContext *c);
  BasicLit *stringLit(P::String_Context *c);
  CompositeLit *literalValue(Expr *typ, P::LiteralValueContext *c);
  Expr *element(P::ElementContext *c);

  const Source &src_;
  const GoTokenSource &lexer_;
  antlr4::TokenStream &tokens_;
  Diagnostics &diags_;
  File &file_;
  Arena &a_;
};

// ---- declarations ------------------------------------------------------------

// Whether a subtree parsed without error.
static bool intact(ParseTree *t) {
  if (dynamic_cast<antlr4::tree::ErrorNode *>(t)) return false;
  auto *c = dynamic_cast<ParserRuleContext *>(t);
  if (!c) return true;
  if (c->exception) return false;
  for (ParseTree *ch : c->children)
    if (!intact(ch)) return false;
  return true;
}

void Builder::sourceFile(P::SourceFileContext *ctx, bool partial) {
  if (partial && !intact(ctx->packageClause())) return;
  file_.pkgName = ident(ctx->packageClause()->IDENTIFIER());
  std::vector<GenDecl *> imports;
  std::vector<Node *> decls;
  // Misplaced tokens at the top level are reported once per run, unless
  // they follow a declaration that had a syntax error (its tail, then).
  bool afterBroken = false, inRun = false;
  for (ParseTree *ch : ctx->children) {
    if (partial && !intact(ch)) {
      afterBroken = true;
      continue;
    }
    auto *item = dynamic_cast<P::TopLevelItemContext *>(ch);
    if (!item) continue;
    if (item->misplaced) {
      if (!inRun && !afterBroken) {
        Token *t = item->misplaced;
        Node *prev = decls.empty() ? nullptr : decls.back();
        if (t->getType() == P::L_CURLY && prev && prev->kind == NodeKind::FuncDecl && !prev->as<FuncDecl>()->body)
          syntaxError(pos(t), "unexpected semicolon or newline before {");
        else
          syntaxError(pos(t), "non-declaration statement outside function body");
      }
      // A run ends with the semicolon that ends the stray statement.
      inRun = item->misplaced->getType() != P::SEMI;
      continue;
    }
    inRun = false;
    afterBroken = false;
    if (auto *id = item->importDecl()) {
      if (decls.size() > imports.size()) syntaxError(pos(id), "imports must appear before other declarations");
      GenDecl *d = importDecl(id);
      imports.push_back(d);
      decls.push_back(d);
      continue;
    }
    P::TopLevelDeclContext *td = item->topLevelDecl();
    if (td->declaration())
      decls.push_back(declaration(td->declaration()));
    else
      decls.push_back(funcDecl(td->funcDecl()));
  }
  file_.imports = span(imports);
  file_.decls = span(decls);
}

GenDecl *Builder::declaration(P::DeclarationContext *c) {
  if (c->constDecl()) return constDecl(c->constDecl());
  if (c->varDecl()) return varDecl(c->varDecl());
  return typeDecl(c->typeDecl());
}

// A group `(spec (SEMI spec?)*)?` (and struct and interface bodies) admits
// empty elements; gc does not.
void Builder::checkSeparators(ParserRuleContext *c) {
  bool prevSemi = false;
  for (ParseTree *ch : c->children) {
    bool semi = tokType(ch) == P::SEMI;
    if (semi && prevSemi) syntaxError(pos(term(ch)), "unexpected semicolon, expecting name");
    prevSemi = semi;
  }
}

GenDecl *Builder::importDecl(P::ImportDeclContext *c) {
  checkSeparators(c);
  auto *d = a_.make<GenDecl>(pos(c), Tok::Import);
  std::vector<Spec *> specs;
  for (auto *s : c->importSpec()) {
    Ident *name = nullptr;
    if (s->IDENTIFIER())
      name = ident(s->IDENTIFIER());
    else if (s->DOT())
      name = a_.make<Ident>(pos(s->DOT()), intern("."));
    BasicLit *path = stringLit(s->string_());
    specs.push_back(a_.make<ImportSpec>(pos(s), name, path));
  }
  d->specs = span(specs);
  return d;
}

GenDecl *Builder::constDecl(P::ConstDeclContext *c) {
  checkSeparators(c);
  auto *d = a_.make<GenDecl>(pos(c), Tok::Const);
  std::vector<Spec *> specs;
  int iota = 0;
  for (auto *s : c->constSpec()) {
    auto *vs = a_.make<ValueSpec>(pos(s));
    vs->names = span(identList(s->identifierList()));
    if (s->type_()) vs->typ = type(s->type_());
    if (s->expressionList()) vs->values = span(exprList(s->expressionList()));
    vs->iota = iota++;
    specs.push_back(vs);
  }
  d->specs = span(specs);
  return d;
}

GenDecl *Builder::varDecl(P::VarDeclContext *c) {
  checkSeparators(c);
  auto *d = a_.make<GenDecl>(pos(c), Tok::Var);
  std::vector<Spec *> specs;
  for (auto *s : c->varSpec()) {
    auto *vs = a_.make<ValueSpec>(pos(s));
    vs->names = span(identList(s->identifierList()));
    if (s->type_()) vs->typ = type(s->type_());
    if (s->expressionList()) vs->values = span(exprList(s->expressionList()));
    specs.push_back(vs);
  }
  d->specs = span(specs);
  return d;
}

GenDecl *Builder::typeDecl(P::TypeDeclContext *c) {
  checkSeparators(c);
  auto *d = a_.make<GenDecl>(pos(c), Tok::Type);
  std::vector<Spec *> specs;
  for (auto *s : c->typeSpec())
    specs.push_back(a_.make<TypeSpec>(pos(s), ident(s->IDENTIFIER()), s->ASSIGN() != nullptr, type(s->type_())));
  d->specs = span(specs);
  return d;
}

FuncDecl *Builder::funcDecl(P::FuncDeclContext *c) {
  FuncType *ft = signature(pos(c), c->params, c->result());
  BlockStmt *body = c->block() ? block(c->block()) : nullptr;
  auto *d = a_.make<FuncDecl>(pos(c), ident(c->IDENTIFIER()), ft, body);
  if (c->receiver) {
    std::vector<Field *> recv = parameters(c->receiver);
    d->recvPos = pos(c->receiver);
    for (Field *f : recv) d->nrecv += f->names.empty() ? 1 : int(f->names.size());
    if (!recv.empty()) d->recv = recv[0];
  }
  return d;
}

std::vector<Ident *> Builder::identList(P::IdentifierListContext *c) {
  std::vector<Ident *> v;
  for (auto *t : c->IDENTIFIER()) v.push_back(ident(t));
  return v;
}

std::vector<Expr *> Builder::exprList(ParserRuleContext *c) {
  std::vector<Expr *> v;
  for (ParseTree *ch : c->children)
    if (auto *e = dynamic_cast<ParserRuleContext *>(ch)) v.push_back(expression(e));
  return v;
}

// ---- types -------------------------------------------------------------------

Expr *Builder::type(P::Type_Context *c) {
  if (c->typeName()) return typeName(c->typeName());
  if (c->typeLit()) return typeLit(c->typeLit());
  return a_.make<ParenExpr>(pos(c), type(c->type_()));
}

Expr *Builder::resultType(P::ResultTypeContext *c) {
  if (c->typeName()) return typeName(c->typeName());
  return typeLit(c->typeLit());
}

Expr *Builder::typeName(P::TypeNameContext *c) {
  auto ids = c->IDENTIFIER();
  Ident *x = ident(ids[0]);
  if (ids.size() == 1) return x;
  return a_.make<SelectorExpr>(pos(c), x, ident(ids[1]));
}

Expr *Builder::typeLit(P::TypeLitContext *c) {
  if (auto *t = c->arrayOrSliceType()) return arrayType(t);
  if (auto *t = c->structType()) return structType(t);
  if (auto *t = c->pointerType()) return a_.make<StarExpr>(pos(t), type(t->type_()));
  if (auto *t = c->functionType()) return signature(pos(t), t->signature());
  if (auto *t = c->interfaceType()) return interfaceType(t);
  if (auto *t = c->mapType()) return mapType(t);
  return chanType(c->chanType());
}

Expr *Builder::arrayType(P::ArrayOrSliceTypeContext *c) {
  Expr *len = nullptr;
  if (c->expression())
    len = expression(c->expression());
  else if (c->ELLIPSIS())
    len = a_.make<Ellipsis>(pos(c->ELLIPSIS()), nullptr);
  return a_.make<ArrayType>(pos(c), len, type(c->type_()));
}

StructType *Builder::structType(P::StructTypeContext *c) {
  checkSeparators(c);
  auto *st = a_.make<StructType>(pos(c));
  std::vector<Field *> fields;
  for (auto *f : c->fieldDecl()) {
    Field *field;
    auto ids = f->IDENTIFIER();
    if (f->type_()) { // names and a type
      std::vector<Ident *> names;
      for (auto *id : ids) names.push_back(ident(id));
      field = a_.make<Field>(pos(f), type(f->type_()));
      field->names = span(names);
    } else { // embedded: T, pkg.T, *T, *pkg.T
      Expr *t;
      if (f->STAR()) {
        t = a_.make<StarExpr>(pos(f), typeName(f->typeName()));
      } else {
        t = ident(ids[0]);
        if (ids.size() > 1) t = a_.make<SelectorExpr>(t->pos, t, ident(ids[1]));
      }
      field = a_.make<Field>(pos(f), t);
    }
    if (f->tag) field->tag = stringLit(f->tag);
    fields.push_back(field);
  }
  st->fields = span(fields);
  return st;
}

InterfaceType *Builder::interfaceType(P::InterfaceTypeContext *c) {
  checkSeparators(c);
  auto *it = a_.make<InterfaceType>(pos(c));
  std::vector<Field *> elems;
  for (auto *e : c->interfaceElem()) {
    auto ids = e->IDENTIFIER();
    Ident *name = ident(ids[0]);
    if (e->parameters()) { // a method
      auto *f = a_.make<Field>(pos(e), signature(name->pos, e->parameters(), e->result()));
      f->names = span(std::vector<Ident *>{name});
      elems.push_back(f);
    } else { // an embedded interface
      Expr *t = name;
      if (ids.size() > 1) t = a_.make<SelectorExpr>(name->pos, name, ident(ids[1]));
      elems.push_back(a_.make<Field>(pos(e), t));
    }
  }
  it->methods = span(elems);
  return it;
}

MapType *Builder::mapType(P::MapTypeContext *c) {
  return a_.make<MapType>(pos(c), type(c->type_(0)), type(c->type_(1)));
}

ChanType *Builder::chanType(P::ChanTypeContext *c) {
  ChanDir dir = ChanDir::Both;
  if (c->RECEIVE()) dir = tokType(c->children[0]) == P::RECEIVE ? ChanDir::Recv : ChanDir::Send;
  return a_.make<ChanType>(pos(c), dir, type(c->type_()));
}

FuncType *Builder::signature(Pos p, P::SignatureContext *c) { return signature(p, c->parameters(), c->result()); }

FuncType *Builder::signature(Pos p, P::ParametersContext *params, P::ResultContext *r) {
  auto *ft = a_.make<FuncType>(p);
  ft->params = span(parameters(params));
  if (r) {
    if (r->parameters()) {
      ft->results = span(parameters(r->parameters()));
    } else {
      Expr *t = resultType(r->resultType());
      ft->results = span(std::vector<Field *>{a_.make<Field>(t->pos, t)});
    }
  }
  return ft;
}

// Groups a parameter list as gc does: if any parameter is written `name
// type`, every entry is named and a lone name takes the type of the next
// typed entry (`a, b int`); otherwise every entry is a type.
std::vector<Field *> Builder::parameters(P::ParametersContext *c) {
  struct Entry {
    Ident *name;
    Expr *typ;
    Pos pos;
  };
  std::vector<Entry> entries;
  bool named = false;
  bool prevComma = false;
  for (ParseTree *ch : c->children) {
    if (tokType(ch) == P::COMMA) {
      if (prevComma) syntaxError(pos(term(ch)), "unexpected comma, expecting )");
      prevComma = true;
      continue;
    }
    prevComma = false;
    auto *d = dynamic_cast<P::ParameterDeclContext *>(ch);
    if (!d) continue;
    Expr *t = type(d->type_());
    if (d->ELLIPSIS()) t = a_.make<Ellipsis>(pos(d->ELLIPSIS()), t);
    Ident *n = d->IDENTIFIER() ? ident(d->IDENTIFIER()) : nullptr;
    if (n) named = true;
    entries.push_back(Entry{n, t, pos(d)});
  }
  std::vector<Field *> fields;
  if (!named) {
    for (Entry &e : entries) fields.push_back(a_.make<Field>(e.pos, e.typ));
    return fields;
  }
  std::vector<Ident *> pending;
  Pos pendingPos;
  for (Entry &e : entries) {
    if (!e.name) {
      // A lone name, parsed as a type, or a type without a name.
      if (e.typ->kind == NodeKind::Ident) {
        if (pending.empty()) pendingPos = e.pos;
        pending.push_back(e.typ->as<Ident>());
        continue;
      }
      syntaxError(e.pos, "mixed named and unnamed parameters");
      continue;
    }
    if (pending.empty()) pendingPos = e.pos;
    pending.push_back(e.name);
    auto *f = a_.make<Field>(pendingPos, e.typ);
    f->names = span(pending);
    fields.push_back(f);
    pending.clear();
  }
  if (!pending.empty()) syntaxError(pending.back()->pos, "mixed named and unnamed parameters");
  return fields;
}

// ---- statements ----------------------------------------------------------------

BlockStmt *Builder::block(P::BlockContext *c) {
  auto *b = a_.make<BlockStmt>(pos(c));
  b->list = span(statementList(c->statementList()));
  b->rbrace = pos(c->R_CURLY());
  return b;
}

std::vector<Stmt *> Builder::statementList(P::StatementListContext *c) {
  std::vector<Stmt *> list;
  for (ParseTree *ch : c->children)
    if (auto *s = dynamic_cast<P::StatementContext *>(ch))
      if (Stmt *st = statement(s)) list.push_back(st);
  return list;
}

// Where gc's syntax tree puts the primary expression c: at the '.', '[',
// '(' or '{' of its last selector, index, call or literal, a function
// literal at func, anything else where it starts. Parentheses are looked
// through.
Pos Builder::gcNodePos(ParserRuleContext *c) {
  for (;;) {
    while (c->children.size() == 1 && dynamic_cast<ParserRuleContext *>(c->children[0]))
      c = static_cast<ParserRuleContext *>(c->children[0]);
    if (c->getRuleIndex() == P::RuleOperand && tokType(c->children[0]) == P::L_PAREN && c->children.size() == 3) {
      c = static_cast<ParserRuleContext *>(c->children[1]);
      continue;
    }
    break;
  }
  size_t r = c->getRuleIndex();
  if ((r == P::RulePrimaryExpr || r == P::RuleHeaderPrimaryExpr) && c->children.size() > 1)
    if (auto *last = dynamic_cast<ParserRuleContext *>(c->children.back()))
      if (last->getRuleIndex() != P::RuleBlock && last->getRuleIndex() != P::RuleSignature) return pos(last);
  return pos(c);
}

// gc's parser reports these without "syntax error:", so the type checker
// still runs: a non-call x becomes the call x(), as gc assumes the
// parentheses were forgotten.
CallExpr *Builder::callOf(Expr *x, ParserRuleContext *c, const char *what) {
  Expr *inner = x;
  while (inner->kind == NodeKind::ParenExpr) inner = inner->as<ParenExpr>()->x;
  if (inner != x) error(x->pos, std::string("expression in ") + what + " must not be parenthesized");
  if (inner->kind != NodeKind::CallExpr) {
    Pos at = gcNodePos(c);
    error(at, std::string("expression in ") + what + " must be function call");
    auto *call = a_.make<CallExpr>(inner->pos, inner);
    call->lparen = call->rparen = at;
    return call;
  }
  return inner->as<CallExpr>();
}

Stmt *Builder::statement(P::StatementContext *c) {
  ParseTree *ch = c->children[0];
  Pos p = pos(c);
  if (auto *d = dynamic_cast<P::DeclarationContext *>(ch)) return a_.make<DeclStmt>(p, declaration(d));
  if (auto *s = dynamic_cast<P::SimpleStmtContext *>(ch)) {
    Stmt *st = simpleStmt(s, false);
    if (!c->COLON()) return st;
    // A label: the simple statement must have been a name.
    if (st->kind != NodeKind::ExprStmt || st->as<ExprStmt>()->x->kind != NodeKind::Ident) {
      syntaxError(pos(c->COLON()), "unexpected : at end of statement");
      return a_.make<BadStmt>(p);
    }
    Stmt *inner = c->statement() ? statement(c->statement()) : nullptr;
    if (!inner) inner = a_.make<EmptyStmt>(pos(c->COLON()));
    return a_.make<LabeledStmt>(p, st->as<ExprStmt>()->x->as<Ident>(), inner);
  }
  if (auto *s = dynamic_cast<P::GoStmtContext *>(ch)) {
    return a_.make<GoStmt>(p, callOf(expression(s->expression()), s->expression(), "go"));
  }
  if (auto *s = dynamic_cast<P::DeferStmtContext *>(ch)) {
    return a_.make<DeferStmt>(p, callOf(expression(s->expression()), s->expression(), "defer"));
  }
  if (auto *s = dynamic_cast<P::ReturnStmtContext *>(ch)) {
    auto *r = a_.make<ReturnStmt>(p);
    if (s->expressionList()) r->results = span(exprList(s->expressionList()));
    return r;
  }
  if (auto *s = dynamic_cast<P::BreakStmtContext *>(ch))
    return a_.make<BranchStmt>(p, Tok::Break, s->IDENTIFIER() ? ident(s->IDENTIFIER()) : nullptr);
  if (auto *s = dynamic_cast<P::ContinueStmtContext *>(ch))
    return a_.make<BranchStmt>(p, Tok::Continue, s->IDENTIFIER() ? ident(s->IDENTIFIER()) : nullptr);
  if (auto *s = dynamic_cast<P::GotoStmtContext *>(ch))
    return a_.make<BranchStmt>(p, Tok::Goto, ident(s->IDENTIFIER()));
  if (dynamic_cast<P::FallthroughStmtContext *>(ch)) return a_.make<BranchStmt>(p, Tok::Fallthrough, nullptr);
  if (auto *s = dynamic_cast<P::BlockContext *>(ch)) return block(s);
  if (auto *s = dynamic_cast<P::IfStmtContext *>(ch)) return ifStmt(s);
  if (auto *s = dynamic_cast<P::SwitchStmtContext *>(ch)) return switchStmt(s);
  if (auto *s = dynamic_cast<P::SelectStmtContext *>(ch)) return selectStmt(s);
  if (auto *s = dynamic_cast<P::ForStmtContext *>(ch)) return forStmt(s);
  return a_.make<BadStmt>(p);
}

static Tok assignTok(std::string_view op) {
  if (op == "+=") return Tok::AddAssign;
  if (op == "-=") return Tok::SubAssign;
  if (op == "*=") return Tok::MulAssign;
  if (op == "/=") return Tok::QuoAssign;
  if (op == "%=") return Tok::RemAssign;
  if (op == "&=") return Tok::AndAssign;
  if (op == "|=") return Tok::OrAssign;
  if (op == "^=") return Tok::XorAssign;
  if (op == "<<=") return Tok::ShlAssign;
  if (op == ">>=") return Tok::ShrAssign;
  return Tok::AndNotAssign;
}

// A simple statement (simpleStmt or headerSimpleStmt); with rangeOK,
// `k, v := range x` becomes a RangeStmt without body.
Stmt *Builder::simpleStmt(ParserRuleContext *c, bool rangeOK) {
  auto &ch = c->children;
  std::vector<Expr *> lhs = exprList(static_cast<ParserRuleContext *>(ch[0]));
  Pos p = lhs[0]->pos;
  if (ch.size() == 1) {
    if (lhs.size() > 1) {
      // gc: a list without assignment is "expecting := or = or comma".
      Token *after = tokens_.get(c->getStop()->getTokenIndex() + 1);
      syntaxError(pos(after), "unexpected " + gcTokenString(after) + ", expecting := or = or comma");
    }
    return a_.make<ExprStmt>(p, lhs[0]);
  }
  TerminalNode *op = term(ch[1]);
  Pos opPos = pos(op);
  auto *rhs = dynamic_cast<ParserRuleContext *>(ch.back());
  switch (op->getSymbol()->getType()) {
  case P::PLUS_PLUS:
  case P::MINUS_MINUS:
    return a_.make<IncDecStmt>(p, lhs[0], op->getSymbol()->getType() == P::PLUS_PLUS ? Tok::Inc : Tok::Dec);
  case P::RECEIVE: return a_.make<SendStmt>(p, lhs[0], expression(rhs), opPos);
  case P::ASSIGN_OP: {
    auto *s = a_.make<AssignStmt>(p, assignTok(text(op->getSymbol())));
    s->tokPos = opPos;
    s->lhs = span(lhs);
    s->rhs = span(exprList(rhs));
    return s;
  }
  default: break;
  }
  Tok tok = op->getSymbol()->getType() == P::DECLARE ? Tok::Define : Tok::Assign;
  if (tokType(ch[2]) == P::RANGE) {
    if (!rangeOK) {
      syntaxError(pos(term(ch[2])), "unexpected range, expecting expression");
      return a_.make<BadStmt>(p);
    }
    auto *r = a_.make<RangeStmt>(p);
    r->tok = tok;
    r->key = lhs[0];
    if (lhs.size() > 1) r->value = lhs[1];
    if (lhs.size() > 2) error(lhs[2]->pos, "range clause permits at most two iteration variables");
    r->x = expression(rhs);
    return r;
  }
  auto *s = a_.make<AssignStmt>(p, tok);
  s->tokPos = opPos;
  s->lhs = span(lhs);
  s->rhs = span(exprList(rhs));
  return s;
}

// The condition of an if/for/switch header written as a simple statement:
// it must be an expression (gc: "cannot use x := 1 as value").
Expr *Builder::condition(Stmt *s) {
  if (s->kind == NodeKind::ExprStmt) return s->as<ExprStmt>()->x;
  std::string str;
  Pos at = s->pos;
  if (s->kind == NodeKind::AssignStmt) {
    auto *as = s->as<AssignStmt>();
    at = as->tokPos;
    if (as->tok == Tok::Assign)
      str = "assignment (" + exprListString(as->lhs) + ") = (" + exprListString(as->rhs) + ")";
    else
      str = stmtString(s);
  } else if (s->kind == NodeKind::SendStmt) {
    at = s->as<SendStmt>()->arrow;
    str = stmtString(s);
  } else if (s->kind == NodeKind::IncDecStmt) {
    str = stmtString(s);
  } else {
    return nullptr;
  }
  syntaxError(at, "cannot use " + str + " as value");
  return nullptr;
}

Stmt *Builder::ifStmt(P::IfStmtContext *c) {
  auto *s = a_.make<IfStmt>(pos(c));
  Stmt *first = c->headerSimpleStmt() ? simpleStmt(c->headerSimpleStmt(), false) : nullptr;
  if (TerminalNode *semi = c->SEMI()) {
    s->init = first;
    if (c->headerExpr()) {
      s->cond = expression(c->headerExpr());
    } else {
      std::string lit = semi->getSymbol()->getText();
      if (lit != ";")
        syntaxError(pos(semi), "unexpected " + lit + ", expecting { after if clause");
      else
        syntaxError(pos(semi), "missing condition in if statement");
    }
  } else if (first) {
    s->cond = condition(first);
  } else {
    syntaxError(pos(c->block(0)), "missing condition in if statement");
  }
  s->body = block(c->block(0));
  if (c->ELSE()) {
    if (c->ifStmt())
      s->els = ifStmt(c->ifStmt());
    else
      s->els = block(c->block(1));
  }
  return s;
}

Stmt *Builder::switchStmt(P::SwitchStmtContext *c) {
  Pos p = pos(c);
  auto stmts = c->headerSimpleStmt();
  Stmt *init = nullptr, *tag = nullptr;
  if (c->SEMI()) {
    // switch init; tag {  (either may be missing)
    size_t semiIdx = 0;
    for (size_t i = 0; i < c->children.size(); i++)
      if (tokType(c->children[i]) == P::SEMI) semiIdx = i;
    for (auto *st : stmts) {
      size_t idx = 0;
      for (size_t i = 0; i < c->children.size(); i++)
        if (c->children[i] == st) idx = i;
      if (idx < semiIdx)
        init = simpleStmt(st, false);
      else
        tag = simpleStmt(st, false);
    }
  } else if (!stmts.empty()) {
    tag = simpleStmt(stmts[0], false);
  }

  // A type switch: [x :=] y.(type).
  Ident *bind = nullptr;
  Expr *guard = nullptr;
  if (tag && tag->kind == NodeKind::ExprStmt) {
    Expr *x = tag->as<ExprStmt>()->x;
    if (x->kind == NodeKind::TypeAssertExpr && !x->as<TypeAssertExpr>()->typ) guard = x;
  } else if (tag && tag->kind == NodeKind::AssignStmt) {
    auto *as = tag->as<AssignStmt>();
    if (as->tok == Tok::Define && as->lhs.size() == 1 && as->rhs.size() == 1 && as->lhs[0]->kind == NodeKind::Ident &&
        as->rhs[0]->kind == NodeKind::TypeAssertExpr && !as->rhs[0]->as<TypeAssertExpr>()->typ) {
      bind = as->lhs[0]->as<Ident>();
      guard = as->rhs[0];
    }
  }

  std::vector<CaseClause *> clauses;
  for (auto *cc : c->caseClause()) {
    auto *cl = a_.make<CaseClause>(pos(cc));
    if (cc->expressionList())
      cl->list = span(exprList(cc->expressionList()));
    else
      cl->isDefault = true;
    cl->body = span(statementList(cc->statementList()));
    clauses.push_back(cl);
  }
  if (guard) {
    auto *ts = a_.make<TypeSwitchStmt>(p);
    ts->init = init;
    ts->bind = bind;
    ts->x = guard->as<TypeAssertExpr>()->x;
    ts->clauses = span(clauses);
    ts->rbrace = pos(c->R_CURLY());
    return ts;
  }
  auto *s = a_.make<SwitchStmt>(p);
  s->init = init;
  if (tag) s->tag = condition(tag);
  s->clauses = span(clauses);
  s->rbrace = pos(c->R_CURLY());
  return s;
}

Stmt *Builder::selectStmt(P::SelectStmtContext *c) {
  auto *s = a_.make<SelectStmt>(pos(c));
  std::vector<CommClause *> clauses;
  for (auto *cc : c->commClause()) {
    Stmt *comm = cc->simpleStmt() ? simpleStmt(cc->simpleStmt(), false) : nullptr;
    auto *cl = a_.make<CommClause>(pos(cc), comm);
    cl->body = span(statementList(cc->statementList()));
    clauses.push_back(cl);
  }
  s->clauses = span(clauses);
  return s;
}

Stmt *Builder::forStmt(P::ForStmtContext *c) {
  Pos p = pos(c);
  BlockStmt *body = block(c->block());
  P::ForClauseContext *fc = c->forClause();
  if (!fc) {
    auto *s = a_.make<ForStmt>(p);
    s->body = body;
    return s;
  }
  if (fc->RANGE()) { // for range x
    auto *r = a_.make<RangeStmt>(p);
    r->x = expression(fc->headerExpr());
    r->body = body;
    return r;
  }
  auto semis = fc->SEMI();
  auto simple = fc->headerSimpleStmt();
  if (semis.empty()) {
    Stmt *s = simpleStmt(simple[0], true);
    if (s->kind == NodeKind::RangeStmt) {
      auto *r = s->as<RangeStmt>();
      r->pos = p;
      r->body = body;
      return r;
    }
    auto *f = a_.make<ForStmt>(p);
    f->cond = condition(s);
    f->body = body;
    return f;
  }
  // for init; cond; post
  auto *f = a_.make<ForStmt>(p);
  f->body = body;
  size_t semi1 = 0, semi2 = 0;
  for (size_t i = 0; i < fc->children.size(); i++) {
    if (tokType(fc->children[i]) != P::SEMI) continue;
    if (!semi1)
      semi1 = i + 1;
    else
      semi2 = i + 1;
  }
  for (size_t i = 0; i < fc->children.size(); i++) {
    ParseTree *ch = fc->children[i];
    if (auto *ss = dynamic_cast<P::HeaderSimpleStmtContext *>(ch)) {
      Stmt *st = simpleStmt(ss, false);
      if (i + 1 < semi1) {
        f->init = st;
      } else {
        if (st->kind == NodeKind::AssignStmt && st->as<AssignStmt>()->tok == Tok::Define)
          syntaxError(st->as<AssignStmt>()->tokPos, "cannot declare in post statement of for loop");
        f->post = st;
      }
    } else if (auto *e = dynamic_cast<P::HeaderExprContext *>(ch)) {
      if (i + 1 > semi1 && (semi2 == 0 || i + 1 < semi2)) f->cond = expression(e);
    }
  }
  return f;
}

// ---- expressions ---------------------------------------------------------------

static int precedence(size_t tok) {
  switch (tok) {
  case P::LOGICAL_OR: return 1;
  case P::LOGICAL_AND: return 2;
  case P::EQUALS:
  case P::NOT_EQUALS:
  case P::LESS:
  case P::LESS_EQ:
  case P::GREATER:
  case P::GREATER_EQ: return 3;
  case P::PLUS:
  case P::MINUS:
  case P::OR:
  case P::CARET: return 4;
  default: return 5; // * / % << >> & &^
  }
}

static Tok binaryTok(size_t tok) {
  switch (tok) {
  case P::LOGICAL_OR: return Tok::LOr;
  case P::LOGICAL_AND: return Tok::LAnd;
  case P::EQUALS: return Tok::Eql;
  case P::NOT_EQUALS: return Tok::Neq;
  case P::LESS: return Tok::Lss;
  case P::LESS_EQ: return Tok::Leq;
  case P::GREATER: return Tok::Gtr;
  case P::GREATER_EQ: return Tok::Geq;
  case P::PLUS: return Tok::Add;
  case P::MINUS: return Tok::Sub;
  case P::OR: return Tok::Or;
  case P::CARET: return Tok::Xor;
  case P::STAR: return Tok::Mul;
  case P::DIV: return Tok::Quo;
  case P::MOD: return Tok::Rem;
  case P::LSHIFT: return Tok::Shl;
  case P::RSHIFT: return Tok::Shr;
  case P::AMPERSAND: return Tok::And;
  default: return Tok::AndNot;
  }
}

Expr *Builder::expression(ParserRuleContext *c) {
  switch (c->getRuleIndex()) {
  case P::RuleExpression:
  case P::RuleHeaderExpr: return binaryExpr(c);
  case P::RuleUnaryExpr:
  case P::RuleHeaderUnaryExpr: return unaryExpr(c);
  default: return primaryExpr(c);
  }
}

// The grammar gives a flat `unary (op unary)*`; precedence is applied here
// (all binary operators are left-associative).
Expr *Builder::binaryExpr(ParserRuleContext *c) {
  auto &ch = c->children;
  if (ch.size() == 1) return unaryExpr(static_cast<ParserRuleContext *>(ch[0]));
  std::vector<Expr *> operands;
  std::vector<TerminalNode *> ops;
  for (ParseTree *x : ch) {
    if (auto *t = term(x))
      ops.push_back(t);
    else
      operands.push_back(unaryExpr(static_cast<ParserRuleContext *>(x)));
  }
  // Operator-precedence reduction with two stacks.
  std::vector<Expr *> vals{operands[0]};
  std::vector<TerminalNode *> opstack;
  auto reduce = [&] {
    TerminalNode *op = opstack.back();
    opstack.pop_back();
    Expr *y = vals.back();
    vals.pop_back();
    Expr *x = vals.back();
    vals.back() = a_.make<BinaryExpr>(x->pos, binaryTok(op->getSymbol()->getType()), x, y, pos(op));
  };
  for (size_t i = 0; i < ops.size(); i++) {
    int prec = precedence(ops[i]->getSymbol()->getType());
    while (!opstack.empty() && precedence(opstack.back()->getSymbol()->getType()) >= prec) reduce();
    opstack.push_back(ops[i]);
    vals.push_back(operands[i + 1]);
  }
  while (!opstack.empty()) reduce();
  return vals[0];
}

Expr *Builder::unaryExpr(ParserRuleContext *c) {
  auto &ch = c->children;
  if (ch.size() == 1) return primaryExpr(static_cast<ParserRuleContext *>(ch[0]));
  TerminalNode *op = term(ch[0]);
  Pos p = pos(op);
  Expr *x = unaryExpr(static_cast<ParserRuleContext *>(ch[1]));
  switch (op->getSymbol()->getType()) {
  case P::STAR: return a_.make<StarExpr>(p, x);
  case P::RECEIVE:
    // <-chan T is a type, not a receive (gc's rule).
    if (x->kind == NodeKind::ChanType) {
      auto *ct = x->as<ChanType>();
      if (ct->dir == ChanDir::Both) {
        ct->dir = ChanDir::Recv;
        ct->pos = p;
      } else {
        syntaxError(p, "unexpected <-, expecting chan");
      }
      return ct;
    }
    return a_.make<UnaryExpr>(p, Tok::Arrow, x);
  case P::PLUS: return a_.make<UnaryExpr>(p, Tok::Add, x);
  case P::MINUS: return a_.make<UnaryExpr>(p, Tok::Sub, x);
  case P::EXCLAMATION: return a_.make<UnaryExpr>(p, Tok::Not, x);
  case P::CARET: return a_.make<UnaryExpr>(p, Tok::Xor, x);
  case P::TILDE: return a_.make<UnaryExpr>(p, Tok::Tilde, x);
  default: return a_.make<UnaryExpr>(p, Tok::And, x);
  }
}

Expr *Builder::operand(P::OperandContext *c) {
  if (c->IDENTIFIER()) return ident(c->IDENTIFIER());
  if (c->basicLit()) return basicLit(c->basicLit());
  return a_.make<ParenExpr>(pos(c), expression(c->expression()));
}

Expr *Builder::typeOperand(P::TypeOperandContext *c) {
  if (c->arrayOrSliceType()) return arrayType(c->arrayOrSliceType());
  if (c->structType()) return structType(c->structType());
  if (c->mapType()) return mapType(c->mapType());
  if (c->interfaceType()) return interfaceType(c->interfaceType());
  return a_.make<ChanType>(pos(c), c->RECEIVE() ? ChanDir::Send : ChanDir::Both, type(c->type_()));
}

// Whether x may be the type of a composite literal (gc's complit_ok outside
// headers): a type name, possibly qualified, or a type literal.
static bool complitType(const Expr *x) {
  switch (x->kind) {
  case NodeKind::Ident:
  case NodeKind::ArrayType:
  case NodeKind::MapType:
  case NodeKind::StructType: return true;
  case NodeKind::SelectorExpr: return x->as<SelectorExpr>()->x->kind == NodeKind::Ident;
  default: return false;
  }
}

// primaryExpr and headerPrimaryExpr: an operand, a type literal or a
// function literal, then suffixes.
Expr *Builder::primaryExpr(ParserRuleContext *c) {
  auto &ch = c->children;
  size_t i = 1;
  Expr *x;
  Pos p = pos(c);
  if (auto *o = dynamic_cast<P::OperandContext *>(ch[0])) {
    x = operand(o);
  } else if (auto *t = dynamic_cast<P::TypeOperandContext *>(ch[0])) {
    x = typeOperand(t);
  } else { // FUNC signature (block suffix*)?
    FuncType *ft = signature(p, static_cast<P::SignatureContext *>(ch[1]));
    i = 2;
    if (i < ch.size()) {
      x = a_.make<FuncLit>(p, ft, block(static_cast<P::BlockContext *>(ch[2])));
      i = 3;
    } else {
      x = ft;
    }
  }
  for (; i < ch.size(); i++) {
    auto *r = static_cast<ParserRuleContext *>(ch[i]);
    if (r->getRuleIndex() == P::RuleSuffix || r->getRuleIndex() == P::RuleHeaderSuffix) {
      if (tokType(r->children[0]) == P::DOT) { // '.' name or '.' '(' type ')'
        if (tokType(r->children[1]) == P::IDENTIFIER) {
          x = a_.make<SelectorExpr>(x->pos, x, ident(term(r->children[1])));
        } else {
          Expr *typ = nullptr;
          if (auto *tc = dynamic_cast<P::Type_Context *>(r->children[2])) typ = type(tc);
          x = a_.make<TypeAssertExpr>(x->pos, x, typ);
        }
        continue;
      }
      r = static_cast<ParserRuleContext *>(r->children[0]);
    }
    switch (r->getRuleIndex()) {
    case P::RuleIndex: x = index(x, static_cast<P::IndexContext *>(r)); break;
    case P::RuleArguments: x = arguments(x, static_cast<P::ArgumentsContext *>(r)); break;
    case P::RuleMethodName: x = a_.make<SelectorExpr>(x->pos, x, ident(term(r->children[1]))); break;
    default: { // RuleLiteralValue
      auto *lv = static_cast<P::LiteralValueContext *>(r);
      if (!complitType(x)) syntaxError(pos(lv->L_CURLY()), "unexpected { at end of statement");
      x = literalValue(x, lv);
      break;
    }
    }
  }
  return x;
}

Expr *Builder::index(Expr *x, P::IndexContext *ic) {
  Expr *parts[3] = {nullptr, nullptr, nullptr};
  int colons = 0;
  Pos colonPos[2];
  for (ParseTree *e : ic->children) {
    if (auto *t = term(e)) {
      if (t->getSymbol()->getType() == P::COLON) colonPos[colons++] = pos(t);
    } else {
      parts[colons] = expression(static_cast<ParserRuleContext *>(e));
    }
  }
  Pos lb = pos(ic->L_BRACKET());
  if (colons == 0) {
    if (!parts[0]) syntaxError(pos(ic->R_BRACKET()), "unexpected ], expecting operand");
    auto *ie = a_.make<IndexExpr>(x->pos, x, parts[0]);
    ie->lbrack = lb;
    return ie;
  }
  // gc's syntax tree puts a slice expression at its '[' (types2's StartPos
  // does not descend into it), so errors about x[i:j] are reported there.
  auto *se = a_.make<SliceExpr>(lb, x);
  se->lbrack = lb;
  se->lo = parts[0];
  se->hi = parts[1];
  if (colons == 2) {
    se->slice3 = true;
    se->max = parts[2];
    if (!se->hi) error(colonPos[1], "middle index required in 3-index slice");
    if (!se->max) error(pos(ic->R_BRACKET()), "final index required in 3-index slice");
  }
  return se;
}

// (a, b, c...): the grammar allows empty elements; only a final one (the
// trailing comma) is valid, and ... only on the last argument.
Expr *Builder::arguments(Expr *fun, P::ArgumentsContext *ac) {
  auto *call = a_.make<CallExpr>(fun->pos, fun);
  call->lparen = pos(ac->L_PAREN());
  call->rparen = pos(ac->R_PAREN());
  std::vector<Expr *> args;
  bool prevComma = false;
  for (ParseTree *ch : ac->children) {
    if (tokType(ch) == P::COMMA) {
      if (prevComma) syntaxError(pos(term(ch)), "unexpected comma, expecting expression");
      prevComma = true;
      continue;
    }
    prevComma = false;
    auto *arg = dynamic_cast<P::ArgumentContext *>(ch);
    if (!arg) continue;
    if (call->hasEllipsis) {
      Token *t = arg->getStart();
      syntaxError(pos(t), "unexpected " + gcTokenString(t) + ", expecting )");
    }
    args.push_back(expression(arg->expression()));
    if (arg->ELLIPSIS()) call->hasEllipsis = true;
  }
  call->args = span(args);
  return call;
}

CompositeLit *Builder::literalValue(Expr *typ, P::LiteralValueContext *c) {
  auto *cl = a_.make<CompositeLit>(typ ? typ->pos : pos(c), typ);
  cl->lbrace = pos(c->L_CURLY());
  cl->rbrace = pos(c->R_CURLY());
  std::vector<Expr *> elts;
  bool prevComma = false;
  for (ParseTree *ch : c->children) {
    if (tokType(ch) == P::COMMA) {
      if (prevComma) syntaxError(pos(term(ch)), "unexpected comma, expecting expression");
      prevComma = true;
      continue;
    }
    prevComma = false;
    auto *kv = dynamic_cast<P::KeyedElementContext *>(ch);
    if (!kv) continue;
    Expr *first = element(kv->element(0));
    if (kv->COLON())
      elts.push_back(a_.make<KeyValueExpr>(first->pos, first, element(kv->element(1))));
    else
      elts.push_back(first);
  }
  cl->elts = span(elts);
  return cl;
}

Expr *Builder::element(P::ElementContext *c) {
  if (c->expression()) return expression(c->expression());
  return literalValue(nullptr, c->literalValue());
}

Expr *Builder::basicLit(P::BasicLitContext *c) {
  if (c->string_()) return stringLit(c->string_());
  Token *t = c->getStart();
  LitKind k;
  switch (t->getType()) {
  case P::INT_LIT: k = LitKind::Int; break;
  case P::FLOAT_LIT: k = LitKind::Float; break;
  case P::IMAGINARY_LIT: k = LitKind::Imag; break;
  default: k = LitKind::Rune; break;
  }
  auto *lit = a_.make<BasicLit>(pos(t), k, a_.str(text(t)));
  lit->bad = lexer_.badLiteral(t);
  if (k == LitKind::Rune) {
    std::string_view raw = lit->raw;
    std::string_view body = raw.substr(1, raw.size() >= 2 && raw.back() == '\'' ? raw.size() - 2 : raw.size() - 1);
    uint32_t r = 0;
    lit->value = a_.str(unquote(body, &r));
    lit->rune = r;
  }
  return lit;
}

BasicLit *Builder::stringLit(P::String_Context *c) {
  Token *t = c->getStart();
  std::string_view raw = text(t);
  auto *lit = a_.make<BasicLit>(pos(t), LitKind::String, a_.str(raw));
  lit->bad = lexer_.badLiteral(t);
  char q = raw[0];
  std::string_view body = raw.substr(1);
  if (!body.empty() && body.back() == q) body.remove_suffix(1); // absent if unterminated
  if (q == '`') {
    // Carriage returns are discarded from raw strings.
    std::string v;
    for (char ch : body)
      if (ch != '\r') v += ch;
    lit->value = a_.str(v);
  } else {
    lit->value = a_.str(unquote(body, nullptr));
  }
  return lit;
}

} // namespace

std::unique_ptr<File> buildAST(P::SourceFileContext *tree, const Source &src, const GoTokenSource &lexer,
                               antlr4::TokenStream &tokens, Diagnostics &diags, bool partial) {
  auto file = std::make_unique<File>();
  file->filename = src.filename;
  Builder b(src, lexer, tokens, diags, *file);
  b.sourceFile(tree, partial);
  return file;
}

} // namespace goterp
