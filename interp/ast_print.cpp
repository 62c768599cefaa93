#include "interp/ast_print.h"

namespace goterp {

namespace {

void print(std::string &out, const Expr *e);

void printList(std::string &out, const Span<Expr *> &list) {
  for (uint32_t i = 0; i < list.size(); i++) {
    if (i) out += ", ";
    print(out, list[i]);
  }
}

const Expr *unparen(const Expr *e) {
  while (e->kind == NodeKind::ParenExpr) e = e->as<ParenExpr>()->x;
  return e;
}

// A parameter or result list: names share a type written once per group.
void printParams(std::string &out, const Span<Field *> &fields) {
  out += '(';
  bool first = true;
  for (Field *f : fields) {
    if (!first) out += ", ";
    first = false;
    for (uint32_t i = 0; i < f->names.size(); i++) {
      if (i) out += ", ";
      out += f->names[i]->name.s;
    }
    if (!f->names.empty()) out += ' ';
    print(out, unparen(f->typ));
  }
  out += ')';
}

void printSignature(std::string &out, const FuncType *ft) {
  printParams(out, ft->params);
  if (ft->results.empty()) return;
  out += ' ';
  if (ft->results.size() == 1 && ft->results[0]->names.empty())
    print(out, ft->results[0]->typ);
  else
    printParams(out, ft->results);
}

void print(std::string &out, const Expr *e) {
  if (!e) return;
  switch (e->kind) {
  case NodeKind::Ident: out += e->as<Ident>()->name.s; break;
  case NodeKind::BasicLit: out += e->as<BasicLit>()->raw; break;
  case NodeKind::FuncLit: {
    auto *f = e->as<FuncLit>();
    out += "func";
    printSignature(out, f->ftype);
    out += f->body->list.empty() ? " {}" : " {…}";
    break;
  }
  case NodeKind::CompositeLit: {
    auto *c = e->as<CompositeLit>();
    print(out, c->typ);
    out += c->elts.empty() ? "{}" : "{…}";
    break;
  }
  case NodeKind::KeyValueExpr:
    print(out, e->as<KeyValueExpr>()->key);
    out += ": ";
    print(out, e->as<KeyValueExpr>()->value);
    break;
  case NodeKind::ParenExpr:
    out += '(';
    print(out, e->as<ParenExpr>()->x);
    out += ')';
    break;
  case NodeKind::SelectorExpr:
    print(out, e->as<SelectorExpr>()->x);
    out += '.';
    out += e->as<SelectorExpr>()->sel->name.s;
    break;
  case NodeKind::IndexExpr:
    print(out, e->as<IndexExpr>()->x);
    out += '[';
    print(out, e->as<IndexExpr>()->index);
    out += ']';
    break;
  case NodeKind::SliceExpr: {
    auto *s = e->as<SliceExpr>();
    print(out, s->x);
    out += '[';
    print(out, s->lo);
    out += ':';
    print(out, s->hi);
    if (s->max) {
      out += ':';
      print(out, s->max);
    }
    out += ']';
    break;
  }
  case NodeKind::TypeAssertExpr: {
    auto *t = e->as<TypeAssertExpr>();
    print(out, t->x);
    out += ".(";
    if (t->typ)
      print(out, t->typ);
    else
      out += "type";
    out += ')';
    break;
  }
  case NodeKind::CallExpr: {
    auto *c = e->as<CallExpr>();
    print(out, c->fun);
    out += '(';
    printList(out, c->args);
    if (c->hasEllipsis) out += "...";
    out += ')';
    break;
  }
  case NodeKind::StarExpr:
    out += '*';
    print(out, e->as<StarExpr>()->x);
    break;
  case NodeKind::UnaryExpr:
    out += tokString(e->as<UnaryExpr>()->op);
    print(out, e->as<UnaryExpr>()->x);
    break;
  case NodeKind::BinaryExpr: {
    auto *b = e->as<BinaryExpr>();
    print(out, b->x);
    out += ' ';
    out += tokString(b->op);
    out += ' ';
    print(out, b->y);
    break;
  }
  case NodeKind::ArrayType: {
    auto *a = e->as<ArrayType>();
    out += '[';
    if (a->len && a->len->kind == NodeKind::Ellipsis)
      out += "...";
    else
      print(out, a->len);
    out += ']';
    print(out, a->elt);
    break;
  }
  case NodeKind::StructType: {
    out += "struct{";
    bool first = true;
    for (Field *f : e->as<StructType>()->fields) {
      if (!first) out += "; ";
      first = false;
      for (uint32_t i = 0; i < f->names.size(); i++) {
        if (i) out += ", ";
        out += f->names[i]->name.s;
      }
      if (!f->names.empty()) out += ' ';
      print(out, f->typ);
      if (f->tag) {
        out += ' ';
        out += f->tag->raw;
      }
    }
    out += '}';
    break;
  }
  case NodeKind::FuncType:
    out += "func";
    printSignature(out, e->as<FuncType>());
    break;
  case NodeKind::InterfaceType: {
    out += "interface{";
    bool first = true;
    for (Field *f : e->as<InterfaceType>()->methods) {
      if (!first) out += "; ";
      first = false;
      if (!f->names.empty()) {
        out += f->names[0]->name.s;
        printSignature(out, f->typ->as<FuncType>());
      } else {
        print(out, f->typ);
      }
    }
    out += '}';
    break;
  }
  case NodeKind::MapType:
    out += "map[";
    print(out, e->as<MapType>()->key);
    out += ']';
    print(out, e->as<MapType>()->value);
    break;
  case NodeKind::ChanType: {
    auto *c = e->as<ChanType>();
    out += c->dir == ChanDir::Recv ? "<-chan" : c->dir == ChanDir::Send ? "chan<-" : "chan";
    out += ' ';
    bool paren = c->dir == ChanDir::Both && c->value->kind == NodeKind::ChanType &&
                 c->value->as<ChanType>()->dir == ChanDir::Recv;
    if (paren) out += '(';
    print(out, c->value);
    if (paren) out += ')';
    break;
  }
  case NodeKind::Ellipsis:
    out += "...";
    print(out, e->as<Ellipsis>()->elt);
    break;
  default: out += "<bad expr>";
  }
}

} // namespace

std::string exprString(const Expr *e) {
  std::string out;
  print(out, e);
  return out;
}

std::string exprListString(const Span<Expr *> &list) {
  std::string out;
  printList(out, list);
  return out;
}

std::string stmtString(const Stmt *s) {
  std::string out;
  switch (s->kind) {
  case NodeKind::ExprStmt: print(out, s->as<ExprStmt>()->x); break;
  case NodeKind::SendStmt:
    print(out, s->as<SendStmt>()->chan);
    out += " <- ";
    print(out, s->as<SendStmt>()->value);
    break;
  case NodeKind::IncDecStmt:
    print(out, s->as<IncDecStmt>()->x);
    out += tokString(s->as<IncDecStmt>()->tok);
    break;
  case NodeKind::AssignStmt: {
    auto *a = s->as<AssignStmt>();
    printList(out, a->lhs);
    out += ' ';
    out += tokString(a->tok);
    out += ' ';
    printList(out, a->rhs);
    break;
  }
  default: out += "<stmt>";
  }
  return out;
}

} // namespace goterp
