// Functions, frames, variables and packages.
#include "interp/compile.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <limits.h>
#include <map>
#include <unistd.h>

#include "gc/alloc.h"
#include "interp/nodes.h"

namespace goterp {

Compiler &compiler() {
  static Compiler c;
  return c;
}

static std::unordered_map<std::string, void (*)(Frame &)> &natives() {
  static std::unordered_map<std::string, void (*)(Frame &)> m;
  return m;
}

void Compiler::registerNative(const std::string &name, void (*fn)(Frame &)) { natives()[name] = fn; }

static uint32_t align8(uint32_t n) { return (n + 7) & ~7u; }

// Parameters, then results (as a tuple), then the receiver: every offset
// but the receiver's follows from the signature.
void Compiler::layout(FuncCode *fc, const TFunc *sig, const Type *recv) {
  uint32_t off = kFrameHeader;
  fc->paramOffs.clear();
  fc->paramTypes.clear();
  for (const Type *t : sig->params) {
    fc->paramOffs.push_back(off);
    fc->paramTypes.push_back(t);
    off += align8(t->size);
  }
  const TTuple *res = tupleOf(sig->results);
  fc->resultsStart = off;
  fc->resultOffs.clear();
  fc->resultTypes = sig->results;
  for (uint32_t o : res->offsets) fc->resultOffs.push_back(off + o);
  off += align8(res->size);
  fc->resultsEnd = off;
  if (recv) {
    fc->recvOff = off;
    fc->recvType = recv;
    off += align8(recv->size);
  }
  fc->frameSize = off;
  fc->variadic = sig->variadic;
}

// Memoized: called for every function compiled, and realpath costs two
// system calls a time.
static std::string absPath(const std::string &file) {
  if (file.empty() || file[0] == '/') return file;
  static std::map<std::string, std::string> known;
  auto it = known.find(file);
  if (it != known.end()) return it->second;
  char buf[PATH_MAX];
  return known[file] = realpath(file.c_str(), buf) ? buf : file;
}

FuncCode *Compiler::code(FuncInfo *fi) {
  auto it = codes_.find(fi);
  if (it != codes_.end()) return it->second;
  if (fi->obj && fi->obj->fdecl && !fi->obj->fdecl->hasBody()) return codes_[fi] = fi->code = nativeCode(fi->obj);
  auto *fc = new FuncCode();
  fc->name = fi->name;
  Node *n = fi->node;
  fc->declPos = n->pos;
  const Type *recv = nullptr;
  if (fi->obj && fi->obj->recvType) recv = fi->obj->ptrRecv ? pointerTo(fi->obj->recvType) : fi->obj->recvType;
  layout(fc, fi->sig, recv);
  fc->hasDefer = fi->hasDefer;
  // A standard package's body not checked yet: compiled at the first call.
  if (!fi->checked) fc->lazy = fi;
  codes_[fi] = fc;
  fi->code = fc;
  if (fi->obj) fi->obj->code = fc;
  return fc;
}

Closure *Compiler::staticClosure(FuncCode *fn) {
  if (!fn->staticClosure) {
    auto *cl = static_cast<Closure *>(gc::allocRoot(sizeof(Closure)));
    cl->fn = fn;
    fn->staticClosure = cl;
  }
  return fn->staticClosure;
}

FuncCode *Compiler::nativeCode(Func *f) {
  if (f->code) return f->code;
  auto *fc = new FuncCode();
  fc->name = f->fullName();
  fc->file = "<native>";
  const Type *recv = nullptr;
  if (f->recvType) recv = f->ptrRecv ? pointerTo(f->recvType) : static_cast<const Type *>(f->recvType);
  layout(fc, static_cast<const TFunc *>(f->type), recv);
  auto it = natives().find(fc->name);
  if (it == natives().end()) {
    std::fprintf(stderr, "goterp: internal error: no native implementation of %s\n", fc->name.c_str());
    std::abort();
  }
  fc->native = it->second;
  f->code = fc;
  return fc;
}

uint32_t Compiler::allocSlot(uint32_t size, uint32_t align) {
  if (align < 8) align = 8;
  fs_->top = (fs_->top + align - 1) / align * align;
  uint32_t off = fs_->top;
  fs_->top += align8(size ? size : 1);
  if (fs_->top > fs_->code->frameSize) fs_->code->frameSize = fs_->top;
  return off;
}

// A local's storage, created where it is declared: a frame slot, or a frame
// slot holding its heap cell if it escapes.
Storage Compiler::declareLocal(Var *v) {
  Storage s;
  if (v->escapes) {
    s.kind = Storage::Cell;
    s.off = allocSlot(8);
  } else {
    s.kind = Storage::Frame;
    s.off = allocSlot(v->type->size, v->type->align);
  }
  fs_->vars[v] = s;
  return s;
}

Storage Compiler::storageOf(Var *v) {
  if (v->isGlobal) {
    Storage s;
    s.kind = Storage::Global;
    s.addr = static_cast<uint8_t *>(v->addr);
    return s;
  }
  auto it = fs_->vars.find(v);
  if (it != fs_->vars.end()) return it->second;
  // A variable of an enclosing function: one of the closure's cells.
  if (fs_->fi)
    for (size_t i = 0; i < fs_->fi->captures.size(); i++)
      if (fs_->fi->captures[i] == v) {
        Storage s;
        s.kind = Storage::Captured;
        s.off = uint32_t(i);
        fs_->vars[v] = s;
        return s;
      }
  // Declared by a statement not yet compiled (goto over it is rejected by
  // the checker, so this is a declaration seen out of order): give it a slot.
  return declareLocal(v);
}

void Compiler::compileBody(FuncInfo *fi) {
  FuncCode *fc = code(fi);
  FnState st;
  st.fi = fi;
  st.code = fc;
  st.top = fc->frameSize;
  FnState *saved = fs_;
  fs_ = &st;
  Node *decl = fi->node;
  file_ = absPath(fi->pkg && !fi->pkg->files.empty() ? fi->pkg->files[0]->filename : "");
  fc->file = file_;
  // Parameters and results: in the frame, or copied into cells at entry.
  FuncDecl *fd = decl->kind == NodeKind::FuncDecl ? decl->as<FuncDecl>() : nullptr;
  bool hasRecv = fd && fd->recv;
  size_t pi = 0;
  for (size_t i = 0; i < fi->params.size(); i++) {
    Var *v = fi->params[i];
    uint32_t off = hasRecv && i == 0 ? fc->recvOff : fc->paramOffs[pi++];
    Storage s;
    if (v->escapes) {
      s.kind = Storage::Cell;
      s.off = allocSlot(8);
      fc->escapingParams.push_back(FuncCode::Escape{off, s.off, v->type});
    } else {
      s.kind = Storage::Frame;
      s.off = off;
    }
    st.vars[v] = s;
  }
  for (size_t i = 0; i < fi->results.size(); i++) {
    Var *v = fi->results[i];
    Storage s;
    if (v->escapes) {
      s.kind = Storage::Cell;
      s.off = allocSlot(8);
      fc->escapingResults.push_back(FuncCode::Escape{fc->resultOffs[i], s.off, v->type});
    } else {
      s.kind = Storage::Frame;
      s.off = fc->resultOffs[i];
    }
    st.vars[v] = s;
  }
  BlockStmt *body = fd ? fd->body : decl->as<FuncLit>()->body;
  fc->body = block(body->list);
  fc->hasDefer = fi->hasDefer;
  fc->zeroResults = fi->hasDefer || fi->namedResults;
  fc->plain = !fc->hasDefer && fc->escapingParams.empty() && fc->escapingResults.empty();
  if (fc->hasDefer) {
    auto *exit = new ExecNode();
    exit->pos = body->rbrace;
    fc->exitSite = exit;
  }
  fs_ = saved;
}

// Runs on the goroutine making the first call (with goroutines running in
// parallel, two first calls will need a lock here, and fn->lazy and
// fn->plain atomic publication). Standard packages are part of goterp: an
// error here is a goterp bug, reported as one.
void compileLazy(FuncCode *fn) {
  FuncInfo *fi = fn->lazy;
  Package *pkg = fi->pkg;
  Checker *checker = pkg->lazyChecker;
  checker->checkBody(fi);
  if (!checker->diagnostics().empty()) {
    std::fprintf(stderr, "goterp: internal error: standard package %s does not compile:\n", pkg->path.c_str());
    checker->diagnostics().print(100);
    std::exit(2);
  }
  Compiler &cp = compiler();
  Package *saved = cp.pkg_;
  cp.pkg_ = pkg;
  try {
    cp.compileBody(fi);
  } catch (Unimplemented &u) {
    std::fprintf(stderr, "goterp: internal error: %s in standard package %s (%s): not implemented\n", u.what.c_str(),
                 pkg->path.c_str(), fi->name.c_str());
    std::exit(2);
  } catch (std::logic_error &e) {
    std::fprintf(stderr, "goterp: internal error compiling %s: %s\n", fi->name.c_str(), e.what());
    std::exit(2);
  }
  cp.pkg_ = saved;
  fn->lazy = nullptr;
}

// ---- Packages --------------------------------------------------------------------

namespace {

// A package's variable initialisation, in dependency order. Go shows it as
// pkg.init in tracebacks.
class InitBody : public ExecNode {
public:
  std::vector<ExecNode *> steps;
  Flow exec(Ctx &c) override {
    for (ExecNode *s : steps) s->exec(c);
    return Flow::Normal;
  }
};

} // namespace

std::vector<FuncCode *> Compiler::compilePackage(Package *pkg, const std::vector<FuncInfo *> &funcs) {
  pkg_ = pkg;
  // Globals: one root block for the package's variables.
  uint32_t size = 0;
  std::vector<Var *> globals;
  for (Object *o : pkg->scope->objs)
    if (o->kind == ObjKind::Var) globals.push_back(o->as<Var>());
  for (Var *v : pkg->varInitOrder)
    if (v->name.isBlank()) globals.push_back(v);
  for (Var *v : globals) {
    size = (size + v->type->align - 1) / v->type->align * v->type->align;
    v->addr = reinterpret_cast<void *>(uintptr_t(size));
    size += v->type->size;
  }
  auto *block = static_cast<uint8_t *>(gc::allocRoot(size ? size : 8));
  for (Var *v : globals) v->addr = block + reinterpret_cast<uintptr_t>(v->addr);

  // Declared functions' bodies; literals are compiled where they appear.
  // The FuncCode of a native, or of a standard package's function whose
  // body waits for its first call, is made when something refers to it
  // (code, funcCode, codeOf).
  for (FuncInfo *fi : funcs)
    if (fi->pkg == pkg && fi->checked && fi->node->kind == NodeKind::FuncDecl) compileBody(fi);

  // The init function.
  auto *init = new FuncCode();
  init->name = pkg->name.str() + ".init";
  init->file = pkg->files.empty() ? "" : absPath(pkg->files[0]->filename);
  init->frameSize = kFrameHeader;
  auto *body = new InitBody();
  FnState st;
  st.code = init;
  st.top = kFrameHeader;
  fs_ = &st;
  file_ = init->file;
  std::vector<Var *> done;
  for (Var *v : pkg->varInitOrder) {
    if (std::find(done.begin(), done.end(), v) != done.end()) continue;
    auto *vs = v->decl->as<ValueSpec>();
    if (vs->values.empty()) continue;
    if (vs->values.size() == vs->names.size()) {
      uint32_t i = 0;
      while (vs->names[i]->obj != v && i + 1 < vs->names.size()) i++;
      ExecNode *val = exprTo(vs->values[i], v->type);
      body->steps.push_back(assignTo(vs->names[i], val, v->type));
      done.push_back(v);
    } else {
      // var a, b = f(): all at once.
      std::vector<Expr *> lhs(vs->names.begin(), vs->names.end()), rhs(vs->values.begin(), vs->values.end());
      body->steps.push_back(multiAssign(lhs, rhs, false));
      for (Ident *id : vs->names) done.push_back(id->obj->as<Var>());
    }
  }
  init->body = body;
  fs_ = nullptr;
  // The init functions run after it, called by the runtime as in Go.
  std::vector<FuncCode *> out{init};
  for (Func *f : pkg->inits) {
    if (!f->info) continue;
    FuncCode *fc = code(f->info);
    fc->name = pkg->name.str() + ".init." + std::to_string(out.size() - 1);
    out.push_back(fc);
  }
  return out;
}

} // namespace goterp
