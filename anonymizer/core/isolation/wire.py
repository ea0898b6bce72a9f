"""What crosses the process boundary: pickles whose big arrays travel in shared memory, and a loader
that refuses anything but the core's own data types.

A worker may have been taken over by the file it opened, so its messages are untrusted input to the
parent: plain ``pickle.loads`` would let it run any code in the window's process. :func:`loads`
resolves only classes of ``anonymizer.core``, numpy's array and scalar types, ``pathlib`` paths and a
few builtin containers (no function, no module attribute that is not a class), which is all a result
holds. Arrays of ``SHARED_FROM`` bytes or more (a decoded photo, a video frame) are not pickled: they
are copied once into a ``multiprocessing.shared_memory`` block that the receiver copies out of and
deletes; smaller ones stay in the pickle, where copying costs less than a shared block.
"""

from __future__ import annotations

import contextlib
import io
import pickle
from typing import Any

import numpy as np

SHARED_FROM = 1 << 20  # bytes: below a megabyte a pickled copy is cheaper than creating a block
_DTYPES = {"|u1", "|b1", "<u2", "<i2", "<i4", "<i8", "<f4", "<f8", "|i1"}  # what the core's arrays use
_BUILTINS = {"set", "frozenset", "complex", "slice", "range", "bytearray"}
_NUMPY_FUNCTIONS = {
    ("numpy.core.multiarray", "_reconstruct"), ("numpy._core.multiarray", "_reconstruct"),
    ("numpy.core.multiarray", "scalar"), ("numpy._core.multiarray", "scalar"),
    ("numpy.core.numeric", "_frombuffer"), ("numpy._core.numeric", "_frombuffer"),
}
_STDLIB_CLASSES = {("collections", "OrderedDict"), ("fractions", "Fraction"), ("datetime", "datetime"),
                   ("datetime", "date"), ("datetime", "timedelta"), ("datetime", "timezone")}


class _Pickler(pickle.Pickler):
    def persistent_id(self, obj: Any) -> Any:
        if type(obj) is np.ndarray and obj.nbytes >= SHARED_FROM and obj.dtype.str in _DTYPES:
            return _to_shared(obj)
        return None


def _to_shared(array: np.ndarray) -> tuple[str, str, tuple[int, ...], str]:
    from multiprocessing import resource_tracker, shared_memory

    block = shared_memory.SharedMemory(create=True, size=array.nbytes)
    try:
        np.ndarray(array.shape, array.dtype, buffer=block.buf)[...] = array
        name = block.name
    finally:
        block.close()
    # The receiver deletes the block; this process's resource tracker must not delete it again at exit.
    with contextlib.suppress(Exception):
        resource_tracker.unregister(block._name, "shared_memory")  # type: ignore[attr-defined]
    return ("shm", name, tuple(array.shape), array.dtype.str)


def _from_shared(pid: Any) -> np.ndarray:
    from multiprocessing import shared_memory

    kind, name, shape, dtype = pid
    if kind != "shm" or not isinstance(name, str) or dtype not in _DTYPES \
            or not all(isinstance(n, int) and n >= 0 for n in shape):
        raise pickle.UnpicklingError("bad shared array")
    block = shared_memory.SharedMemory(name=name)  # attaching registers it; unlink below unregisters it
    try:
        need = int(np.prod(shape, dtype=np.int64)) * np.dtype(dtype).itemsize
        if need > block.size:
            raise pickle.UnpicklingError("shared array larger than its block")
        return np.ndarray(shape, np.dtype(dtype), buffer=block.buf).copy()
    finally:
        block.close()
        with contextlib.suppress(FileNotFoundError):
            block.unlink()


class _Unpickler(pickle.Unpickler):
    def persistent_load(self, pid: Any) -> Any:
        return _from_shared(pid)

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) in _NUMPY_FUNCTIONS or (module == "builtins" and name in _BUILTINS):
            return super().find_class(module, name)
        if "." not in name and _may_hold_class(module, name):
            found = super().find_class(module, name)
            if isinstance(found, type) and _is_data_type(found, module):
                return found
        raise pickle.UnpicklingError(f"refused in a worker's message: {module}.{name}")


def _may_hold_class(module: str, name: str) -> bool:
    return (module.startswith("anonymizer.core.") or module == "numpy" or module.startswith("numpy.")
            or module == "pathlib" or (module, name) in _STDLIB_CLASSES)


def _is_data_type(cls: type, module: str) -> bool:
    """Types whose construction only holds values: no class that opens, writes or maps a file (numpy's
    ``memmap``, a video writer) may be called by a message."""
    import dataclasses
    import enum
    import pathlib

    from anonymizer.core.errors import AnonymizerError

    if module.startswith("anonymizer."):
        return dataclasses.is_dataclass(cls) or issubclass(cls, enum.Enum | AnonymizerError)
    if module.startswith("numpy"):
        return cls is np.ndarray or issubclass(cls, np.generic | np.dtype)
    if module == "pathlib":
        return issubclass(cls, pathlib.PurePath)
    return True


def dumps(obj: Any) -> bytes:
    buf = io.BytesIO()
    _Pickler(buf, protocol=pickle.HIGHEST_PROTOCOL).dump(obj)
    return buf.getvalue()


def loads(data: bytes) -> Any:
    return _Unpickler(io.BytesIO(data)).load()


class _TrustedUnpickler(pickle.Unpickler):
    def persistent_load(self, pid: Any) -> Any:
        return _from_shared(pid)


def loads_from_parent(data: bytes) -> Any:
    """A message from the parent, read in a worker: trusted (any class the parent sent), its big arrays
    (a frame to search) out of shared memory like the worker's own results."""
    return _TrustedUnpickler(io.BytesIO(data)).load()


def discard(data: bytes) -> None:
    """Free the shared blocks of a message that will not be read (its request was given up)."""
    with contextlib.suppress(Exception):
        loads(data)
