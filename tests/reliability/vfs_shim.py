"""A SQLite VFS shim written with ctypes: records every write and sync, and fails chosen writes.

Python's `_sqlite3` here is linked to the system `libsqlite3.so.0`, so `ctypes.CDLL` reaches the
very library instance the app's connections use. Registering the shim as the default VFS sends
every connection opened afterwards — SQLAlchemy's writer and reader engines, the backup API's
`sqlite3.connect`, `quick_check` — through it: the real app stack is tested, not a copy
(docs/decisions.md, "Power-cut and I/O-error tests through a ctypes VFS shim").

The shim wraps the default "unix" VFS the textbook way: each shim file holds a pointer to the
real unix file, allocated just after it, and every method calls the real one. `Recorder` keeps
the writes, truncations, syncs and deletes of the files it is told to watch (issue 9, item 2);
`Faults` makes the Nth write or sync fail with SQLITE_IOERR_* or SQLITE_FULL (item 3).
"""

from __future__ import annotations

import atexit
import contextlib
import ctypes
import gc
import sqlite3  # loaded first, so CDLL below finds the same libsqlite3 instance
import threading
from collections.abc import Callable
from ctypes import CFUNCTYPE, POINTER, Structure, c_char_p, c_int, c_int64, c_void_p
from dataclasses import dataclass, field

SQLITE_OK = 0
SQLITE_IOERR = 10
SQLITE_FULL = 13
SQLITE_IOERR_WRITE = SQLITE_IOERR | (3 << 8)
SQLITE_IOERR_FSYNC = SQLITE_IOERR | (4 << 8)
SQLITE_IOERR_TRUNCATE = SQLITE_IOERR | (6 << 8)

_lib = ctypes.CDLL("libsqlite3.so.0")


class File(Structure):
    """`sqlite3_file` as the shim lays it out: the methods, then the real file's address."""

    _fields_ = [("pMethods", c_void_p), ("pReal", c_void_p)]


_F = c_void_p  # every method takes the file as a plain address
X_CLOSE = CFUNCTYPE(c_int, _F)
X_READ = CFUNCTYPE(c_int, _F, c_void_p, c_int, c_int64)
X_WRITE = CFUNCTYPE(c_int, _F, c_void_p, c_int, c_int64)
X_TRUNCATE = CFUNCTYPE(c_int, _F, c_int64)
X_SYNC = CFUNCTYPE(c_int, _F, c_int)
X_FILESIZE = CFUNCTYPE(c_int, _F, POINTER(c_int64))
X_LOCK = CFUNCTYPE(c_int, _F, c_int)
X_CHECKRESERVED = CFUNCTYPE(c_int, _F, POINTER(c_int))
X_FILECONTROL = CFUNCTYPE(c_int, _F, c_int, c_void_p)
X_INT = CFUNCTYPE(c_int, _F)
X_SHMMAP = CFUNCTYPE(c_int, _F, c_int, c_int, c_int, c_void_p)
X_SHMLOCK = CFUNCTYPE(c_int, _F, c_int, c_int, c_int)
X_SHMBARRIER = CFUNCTYPE(None, _F)
X_SHMUNMAP = CFUNCTYPE(c_int, _F, c_int)
X_FETCH = CFUNCTYPE(c_int, _F, c_int64, c_int, c_void_p)
X_UNFETCH = CFUNCTYPE(c_int, _F, c_int64, c_void_p)


class IoMethods(Structure):
    _fields_ = [
        ("iVersion", c_int), ("xClose", X_CLOSE), ("xRead", X_READ), ("xWrite", X_WRITE),
        ("xTruncate", X_TRUNCATE), ("xSync", X_SYNC), ("xFileSize", X_FILESIZE), ("xLock", X_LOCK),
        ("xUnlock", X_LOCK), ("xCheckReservedLock", X_CHECKRESERVED), ("xFileControl", X_FILECONTROL),
        ("xSectorSize", X_INT), ("xDeviceCharacteristics", X_INT), ("xShmMap", X_SHMMAP),
        ("xShmLock", X_SHMLOCK), ("xShmBarrier", X_SHMBARRIER), ("xShmUnmap", X_SHMUNMAP),
        ("xFetch", X_FETCH), ("xUnfetch", X_UNFETCH),
    ]


X_OPEN = CFUNCTYPE(c_int, c_void_p, c_void_p, c_void_p, c_int, POINTER(c_int))
X_DELETE = CFUNCTYPE(c_int, c_void_p, c_char_p, c_int)


class Vfs(Structure):
    _fields_ = [
        ("iVersion", c_int), ("szOsFile", c_int), ("mxPathname", c_int), ("pNext", c_void_p),
        ("zName", c_char_p), ("pAppData", c_void_p), ("xOpen", X_OPEN), ("xDelete", X_DELETE),
        # the rest is copied from the real VFS as plain addresses: os_unix.c ignores its VFS argument there
        ("xAccess", c_void_p), ("xFullPathname", c_void_p), ("xDlOpen", c_void_p), ("xDlError", c_void_p),
        ("xDlSym", c_void_p), ("xDlClose", c_void_p), ("xRandomness", c_void_p), ("xSleep", c_void_p),
        ("xCurrentTime", c_void_p), ("xGetLastError", c_void_p), ("xCurrentTimeInt64", c_void_p),
        ("xSetSystemCall", c_void_p), ("xGetSystemCall", c_void_p), ("xNextSystemCall", c_void_p),
    ]

_lib.sqlite3_vfs_find.restype = POINTER(Vfs)
_lib.sqlite3_vfs_find.argtypes = [c_char_p]
_lib.sqlite3_vfs_register.argtypes = [POINTER(Vfs), c_int]
_lib.sqlite3_vfs_unregister.argtypes = [POINTER(Vfs)]


# --- what the tests see ------------------------------------------------------------------------

@dataclass
class Op:
    """One recorded file operation: kind is "w" (write), "t" (truncate), "s" (sync), "d" (delete),
    or "m" (a marker the workload adds, e.g. "this id was reported saved")."""

    kind: str
    path: str
    offset: int = 0
    data: bytes = b""
    marker: object = None


@dataclass
class Recorder:
    """Keeps the operations on files whose path `watch(path)` accepts, in the order they happened."""

    watch: Callable[[str], bool]
    ops: list[Op] = field(default_factory=list)

    def mark(self, marker: object) -> None:
        self.ops.append(Op("m", "", marker=marker))


@dataclass
class Faults:
    """Fail the `fail_at`-th write (or sync) on a watched file with `code`; count them all.

    With `sticky`, every later one fails too (a disk that stays full or gone)."""

    watch: Callable[[str], bool]
    fail_at: int | None = None
    code: int = SQLITE_IOERR_WRITE
    on: str = "write"  # "write" or "sync"
    sticky: bool = False
    seen: int = 0
    injected: int = 0

    def hit(self, kind: str, path: str) -> int:
        if kind != self.on or not self.watch(path):
            return SQLITE_OK
        self.seen += 1
        if self.fail_at is not None and (self.seen == self.fail_at or (self.sticky and self.seen > self.fail_at)):
            self.injected += 1
            return self.code
        return SQLITE_OK


# --- the shim ------------------------------------------------------------------------------------

class _Shim:
    """One per process; its ctypes objects must live as long as any connection that used it."""

    def __init__(self) -> None:
        real = _lib.sqlite3_vfs_find(b"unix")
        if not real:
            raise RuntimeError("SQLite has no unix VFS")
        self.real = real.contents
        self.real_ptr = real
        self.lock = threading.Lock()
        self.files: dict[int, tuple[str, int, IoMethods]] = {}  # shim file address -> (path, real, methods)
        self.recorder: Recorder | None = None
        self.faults: Faults | None = None
        self.installed = False
        self._methods_cache: dict[int, IoMethods] = {}
        self._build_methods()
        self._build_vfs()

    # -- the VFS ----------------------------------------------------------------------------------
    def _build_vfs(self) -> None:
        real = self.real
        header = ctypes.sizeof(File)
        self.vfs = Vfs()
        self.vfs.iVersion = real.iVersion
        self.vfs.szOsFile = header + real.szOsFile
        self.vfs.mxPathname = real.mxPathname
        self.vfs.zName = b"soumdesk-test-shim"
        self.vfs.pAppData = real.pAppData
        self._x_open = X_OPEN(self._open)
        self._x_delete = X_DELETE(self._delete)
        self.vfs.xOpen = self._x_open
        self.vfs.xDelete = self._x_delete
        for name in ("xAccess", "xFullPathname", "xDlOpen", "xDlError", "xDlSym", "xDlClose", "xRandomness",
                     "xSleep", "xCurrentTime", "xGetLastError", "xCurrentTimeInt64", "xSetSystemCall",
                     "xGetSystemCall", "xNextSystemCall"):
            setattr(self.vfs, name, getattr(real, name))

    def _open(self, _vfs, name, pfile, flags, out_flags) -> int:  # noqa: ANN001
        try:
            header = ctypes.sizeof(File)
            real_file = pfile + header
            rc = self.real.xOpen(ctypes.addressof(self.real), name, real_file, flags, out_flags)
            shim = File.from_address(pfile)
            real_methods_addr = File.from_address(real_file).pMethods
            if not real_methods_addr:
                shim.pMethods = None
                return rc
            real_methods = self._real_methods(real_methods_addr)
            path = ctypes.string_at(name).decode("utf-8", "replace") if name else ""
            with self.lock:
                self.files[pfile] = (path, real_file, real_methods)
            shim.pReal = real_file
            shim.pMethods = ctypes.addressof(self.methods[min(real_methods.iVersion, 3)])
            return rc
        except BaseException:  # never let an exception turn into SQLITE_OK
            return SQLITE_IOERR

    def _delete(self, _vfs, name, sync_dir) -> int:  # noqa: ANN001
        try:
            path = name.decode("utf-8", "replace") if name else ""
            rec = self.recorder
            if rec is not None and rec.watch(path):
                rec.ops.append(Op("d", path))
            return self.real.xDelete(ctypes.addressof(self.real), name, sync_dir)
        except BaseException:
            return SQLITE_IOERR

    def _real_methods(self, address: int) -> IoMethods:
        methods = self._methods_cache.get(address)
        if methods is None:
            methods = self._methods_cache[address] = IoMethods.from_address(address)
        return methods

    # -- the file methods -------------------------------------------------------------------------
    def _file(self, pfile: int) -> tuple[str, int, IoMethods]:
        return self.files[pfile]

    def _build_methods(self) -> None:
        def guard(fn, fail=SQLITE_IOERR):  # noqa: ANN001, ANN202
            def wrapped(*args):  # noqa: ANN002, ANN202
                try:
                    return fn(*args)
                except BaseException:
                    return fail
            return wrapped

        def close(f):  # noqa: ANN001, ANN202
            _path, real, m = self._file(f)
            rc = m.xClose(real)
            with self.lock:
                self.files.pop(f, None)
            return rc

        def read(f, buf, amt, off):  # noqa: ANN001, ANN202
            _path, real, m = self._file(f)
            return m.xRead(real, buf, amt, off)

        def write(f, buf, amt, off):  # noqa: ANN001, ANN202
            path, real, m = self._file(f)
            faults = self.faults
            if faults is not None:
                rc = faults.hit("write", path)
                if rc:
                    return rc
            rc = m.xWrite(real, buf, amt, off)
            rec = self.recorder
            if rc == SQLITE_OK and rec is not None and rec.watch(path):
                rec.ops.append(Op("w", path, off, ctypes.string_at(buf, amt)))
            return rc

        def truncate(f, size):  # noqa: ANN001, ANN202
            path, real, m = self._file(f)
            rc = m.xTruncate(real, size)
            rec = self.recorder
            if rc == SQLITE_OK and rec is not None and rec.watch(path):
                rec.ops.append(Op("t", path, size))
            return rc

        def sync(f, flags):  # noqa: ANN001, ANN202
            path, real, m = self._file(f)
            faults = self.faults
            if faults is not None:
                rc = faults.hit("sync", path)
                if rc:
                    return rc
            rc = m.xSync(real, flags)
            rec = self.recorder
            if rc == SQLITE_OK and rec is not None and rec.watch(path):
                rec.ops.append(Op("s", path))
            return rc

        def passthrough(name):  # noqa: ANN001, ANN202
            def call(f, *args):  # noqa: ANN001, ANN002, ANN202
                _path, real, m = self._file(f)
                return getattr(m, name)(real, *args)
            return call

        impl = {"xClose": (X_CLOSE, close), "xRead": (X_READ, read), "xWrite": (X_WRITE, write),
                "xTruncate": (X_TRUNCATE, truncate), "xSync": (X_SYNC, sync)}
        kinds = {"xFileSize": X_FILESIZE, "xLock": X_LOCK, "xUnlock": X_LOCK, "xCheckReservedLock": X_CHECKRESERVED,
                 "xFileControl": X_FILECONTROL, "xSectorSize": X_INT, "xDeviceCharacteristics": X_INT,
                 "xShmMap": X_SHMMAP, "xShmLock": X_SHMLOCK, "xShmBarrier": X_SHMBARRIER,
                 "xShmUnmap": X_SHMUNMAP, "xFetch": X_FETCH, "xUnfetch": X_UNFETCH}
        for name, kind in kinds.items():
            impl[name] = (kind, passthrough(name))
        self._callbacks = {}
        for name, (kind, fn) in impl.items():
            # xShmBarrier returns void: a failure there has nothing to report
            self._callbacks[name] = kind(guard(fn, None if name == "xShmBarrier" else SQLITE_IOERR))
        self.methods = {}
        for version in (1, 2, 3):
            methods = IoMethods()
            methods.iVersion = version
            for name, callback in self._callbacks.items():
                setattr(methods, name, callback)
            self.methods[version] = methods

    # -- switching it on and off --------------------------------------------------------------------
    def install(self) -> None:
        """Make the shim the default VFS: every connection opened from now on goes through it."""
        if not self.installed:
            rc = _lib.sqlite3_vfs_register(ctypes.byref(self.vfs), 1)
            if rc != SQLITE_OK:
                raise RuntimeError(f"sqlite3_vfs_register failed: {rc}")
            self.installed = True
            self._check_reached()

    def _check_reached(self) -> None:
        """Fail loudly if Python's sqlite3 is another SQLite copy (static build): the shim would
        sit under nothing and every test using it would pass vacuously."""
        import tempfile

        with tempfile.TemporaryDirectory() as folder:
            before = len(self.files)
            con = sqlite3.connect(f"{folder}/probe.db")
            try:
                con.execute("CREATE TABLE probe (x)")
                reached = len(self.files) > before
            finally:
                con.close()
        if not reached:
            self.uninstall()
            raise RuntimeError("Python's sqlite3 does not use the system libsqlite3.so.0, so the VFS shim "
                               "cannot reach its connections (see docs/decisions.md).")

    def uninstall(self) -> None:
        """Give the default back to "unix"; connections already open keep using the shim."""
        if self.installed:
            _lib.sqlite3_vfs_unregister(ctypes.byref(self.vfs))
            _lib.sqlite3_vfs_register(self.real_ptr, 1)
            self.installed = False
            self.recorder = None
            self.faults = None


_SHIM: _Shim | None = None


def _close_leftovers() -> None:
    """At exit, close connections still open through the shim while its callbacks exist:
    closed later, during interpreter teardown, they would call freed ctypes thunks (a crash)."""
    if _SHIM is None or not _SHIM.files:
        return
    for obj in gc.get_objects():
        if isinstance(obj, sqlite3.Connection):
            with contextlib.suppress(Exception):
                obj.close()


def shim() -> _Shim:
    """The process's shim (made on first use, kept for the life of the process)."""
    global _SHIM
    if _SHIM is None:
        _SHIM = _Shim()
        atexit.register(_close_leftovers)
    return _SHIM


def default_vfs_name() -> str:
    return _lib.sqlite3_vfs_find(None).contents.zName.decode()
