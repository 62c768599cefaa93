#include "interp/ast.h"

#include <unordered_set>

namespace goterp {

Name intern(std::string_view s) {
  // Views of arena copies, which never move: a hit, the common case,
  // allocates nothing. Never destroyed, as names are used until exit.
  static auto *table = new std::unordered_set<std::string_view>;
  static auto *names = new Arena;
  auto it = table->find(s);
  if (it != table->end()) return Name{*it};
  std::string_view kept = names->str(s);
  table->insert(kept);
  return Name{kept};
}

const char *tokString(Tok t) {
  switch (t) {
  case Tok::None: return "";
  case Tok::Add: return "+";
  case Tok::Sub: return "-";
  case Tok::Mul: return "*";
  case Tok::Quo: return "/";
  case Tok::Rem: return "%";
  case Tok::And: return "&";
  case Tok::Or: return "|";
  case Tok::Xor: return "^";
  case Tok::Shl: return "<<";
  case Tok::Shr: return ">>";
  case Tok::AndNot: return "&^";
  case Tok::LAnd: return "&&";
  case Tok::LOr: return "||";
  case Tok::Arrow: return "<-";
  case Tok::Inc: return "++";
  case Tok::Dec: return "--";
  case Tok::Eql: return "==";
  case Tok::Lss: return "<";
  case Tok::Gtr: return ">";
  case Tok::Not: return "!";
  case Tok::Neq: return "!=";
  case Tok::Leq: return "<=";
  case Tok::Geq: return ">=";
  case Tok::Tilde: return "~";
  case Tok::Assign: return "=";
  case Tok::Define: return ":=";
  case Tok::AddAssign: return "+=";
  case Tok::SubAssign: return "-=";
  case Tok::MulAssign: return "*=";
  case Tok::QuoAssign: return "/=";
  case Tok::RemAssign: return "%=";
  case Tok::AndAssign: return "&=";
  case Tok::OrAssign: return "|=";
  case Tok::XorAssign: return "^=";
  case Tok::ShlAssign: return "<<=";
  case Tok::ShrAssign: return ">>=";
  case Tok::AndNotAssign: return "&^=";
  case Tok::Break: return "break";
  case Tok::Continue: return "continue";
  case Tok::Goto: return "goto";
  case Tok::Fallthrough: return "fallthrough";
  case Tok::Import: return "import";
  case Tok::Const: return "const";
  case Tok::Type: return "type";
  case Tok::Var: return "var";
  }
  return "?";
}

Tok assignOpBase(Tok t) {
  switch (t) {
  case Tok::AddAssign: return Tok::Add;
  case Tok::SubAssign: return Tok::Sub;
  case Tok::MulAssign: return Tok::Mul;
  case Tok::QuoAssign: return Tok::Quo;
  case Tok::RemAssign: return Tok::Rem;
  case Tok::AndAssign: return Tok::And;
  case Tok::OrAssign: return Tok::Or;
  case Tok::XorAssign: return Tok::Xor;
  case Tok::ShlAssign: return Tok::Shl;
  case Tok::ShrAssign: return Tok::Shr;
  case Tok::AndNotAssign: return Tok::AndNot;
  default: return Tok::None;
  }
}

} // namespace goterp
