# Test helper: load deploy/sandbox-node/seccomp.json the way runc does (libseccomp), install it
# on this process with no_new_privs, then exec the given command — so the command runs under the
# same seccomp policy the sandbox container would have on a node.
#   /usr/bin/python3 apply-profile.py <profile.json> <command> [args...]
import errno
import json
import os
import sys
import seccomp

profile = json.load(open(sys.argv[1]))
assert profile["defaultAction"] == "SCMP_ACT_ALLOW"
f = seccomp.SyscallFilter(defaction=seccomp.ALLOW)
for rule in profile["syscalls"]:
    assert rule["action"] == "SCMP_ACT_ERRNO"
    for name in rule["names"]:
        try:
            f.add_rule(seccomp.ERRNO(rule.get("errnoRet", errno.EPERM)), name)
        except (RuntimeError, ValueError):
            pass  # not a syscall on this architecture (runc skips those too)
f.load()  # libseccomp sets no_new_privs first
os.execv(sys.argv[2], sys.argv[2:])
