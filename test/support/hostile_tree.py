# Part of pg_capabilities. License LGPL-3.0-or-later.
"""Builds a hostile addons tree that cannot live in git (FIFO, socket, device, links that leave the
tree or loop, a 50 MB file, a 1 MB line, bytes that are not UTF-8 in contents and names, a file
nobody may read, folders nested 1,000 deep), for both collectors' attack tests.

    python3 test/support/hostile_tree.py DIR    # prints JSON: what was built, what could not be

DIR/addons is the addons folder, DIR/elsewhere lies outside it, DIR/root-link -> addons. The tree is
made readable by everyone (a scan as an unprivileged user meets only unreadable.py's refusal), and
DIR/out is writable by everyone.
"""
import json
import os
import socket
import sys

FIFTY_MB = 50 * 1024 * 1024
LINE = 1000 * 1000
DEEP = 1000
# invalid UTF-8 sequences whose U+FFFD counts differ between decoders that do not follow the
# "maximal subpart" practice: a lone continuation, overlong forms, a surrogate, past U+10FFFF,
# truncated sequences, bytes that never occur in UTF-8
INVALID = b"\x80 \xc0\xaf \xe0\x80\xaf \xed\xa0\x80 \xf4\x90\x80\x80 \xe2\x82 \xf0\x9f\x98 \xf8\x88\x80\x80\x80 \xfe\xff \xc2"


def write(path, data, mode=0o644):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)
    os.chmod(path, mode)


def build(base):
    """Builds the tree under base (bytes or str); returns what was built and what could not be."""
    base = os.fsencode(base)
    facts = {"device": None}
    addons = os.path.join(base, b"addons")
    mod = os.path.join(addons, b"hostile")
    models = os.path.join(mod, b"models")
    write(os.path.join(mod, b"__manifest__.py"), b"{'name': 'Hostile', 'version': '1.0', 'depends': ['base']}\n")
    write(os.path.join(models, b"ok.py"), b'import redis\n\nr = redis.Redis(host="cache")\n')
    os.mkfifo(os.path.join(models, b"fifo.py"))
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.bind(os.path.join(models, b"socket.py"))
    sock.close()
    try:
        os.mknod(os.path.join(models, b"device.py"), 0o666 | 0o020000, os.makedev(1, 5))  # like /dev/zero
        facts["device"] = "created"
    except OSError as e:
        facts["device"] = "mknod refused: %s" % e.strerror
    os.symlink(b"/dev/zero", os.path.join(models, b"zero.py"))
    os.symlink(b"/etc/passwd", os.path.join(models, b"passwd.py"))
    os.symlink(b"self.py", os.path.join(models, b"self.py"))
    os.symlink(b"nowhere.py", os.path.join(models, b"dangling.py"))
    os.symlink(b"ok.py", os.path.join(models, b"inside.py"))
    with open(os.path.join(models, b"huge.py"), "wb") as f:
        f.truncate(FIFTY_MB)  # sparse: 50 MB by its size, nothing on disk
    write(os.path.join(models, b"long_line.py"),
          b'r = redis.Redis(host="cache"); s = "' + b"x" * LINE + b'"; c = pymongo.MongoClient("mongodb://db")\n'
          b"import redis\n")
    write(os.path.join(models, b"latin1.py"), b'# -*- coding: latin-1 -*-\nimport redis\nr = redis.Redis(host="caf\xe9")\n')
    write(os.path.join(models, b"invalid_utf8.py"), b'import redis\nr = redis.Redis(host="' + INVALID + b'")\n')
    write(os.path.join(models, b"caf\xe9.py"), b'import pymongo\nc = pymongo.MongoClient("mongodb://db")\n')
    write(os.path.join(models, b"unreadable.py"), b"import redis\nr = redis.Redis()\n", 0o000)
    write(os.path.join(mod, b"d\xff", b"x.py"), b"import redis\nr = redis.Redis()\n")
    os.symlink(b"/etc", os.path.join(mod, b"etc"))
    os.symlink(b".", os.path.join(mod, b"loop"))
    deep = mod
    for _ in range(DEEP):  # os.makedirs itself recurses too deep for this
        deep = os.path.join(deep, b"d")
        os.mkdir(deep)
    write(os.path.join(deep, b"x.py"), b"import redis\nr = redis.Redis()\n")
    # a module whose name is not UTF-8
    write(os.path.join(addons, b"m\xe9od", b"__manifest__.py"), b"{'name': 'Latin'}\n")
    write(os.path.join(addons, b"m\xe9od", b"models.py"), b"import redis\nr = redis.Redis()\n")
    # manifests that are no regular file
    os.makedirs(os.path.join(addons, b"fifo_manifest"))
    os.mkfifo(os.path.join(addons, b"fifo_manifest", b"__manifest__.py"))
    os.makedirs(os.path.join(addons, b"zero_manifest"))
    os.symlink(b"/dev/zero", os.path.join(addons, b"zero_manifest", b"__manifest__.py"))
    # a module folder that is a symlink leaving the addons folder
    outside = os.path.join(base, b"elsewhere", b"outside_module")
    write(os.path.join(outside, b"__manifest__.py"), b"{'name': 'Outside'}\n")
    write(os.path.join(outside, b"models.py"), b'import pymongo\nc = pymongo.MongoClient("mongodb://db")\n')
    os.symlink(os.path.join(b"..", b"elsewhere", b"outside_module"), os.path.join(addons, b"outside_module"))
    os.symlink(b"addons", os.path.join(base, b"root-link"))
    os.makedirs(os.path.join(base, b"out"))
    os.chmod(os.path.join(base, b"out"), 0o777)
    os.chmod(base, 0o755)
    return facts


if __name__ == "__main__":
    print(json.dumps(build(sys.argv[1])))
