#!/usr/bin/env python3
"""Parse check of the Yocto layer (image/yocto/meta-edgepbx) without bitbake, for image/check-trees.sh.

    check-yocto.py IMAGE_DIR        (needs oelint-parser from PyPI)

Every recipe, bbappend and conf file is read with oelint-parser, an independent parser of
bitbake's syntax: a line it cannot place (an unclosed function, a stray word) or a value
with unbalanced quotes is a fault. Then the layer's cross references: each edgepbx-* recipe
or package named is a recipe of the layer, each file the recipes take from image/ exists,
and the wic image puts on its boot partition exactly the files genimage.cfg puts on the
qemu image's (kernel, initrd, boot script, boot.env). Prints ok/FAULT lines; exit 1 on a fault.
"""
import glob
import os
import re
import sys

from oelint_parser.cls_stash import Stash

image = os.path.abspath(sys.argv[1])
layer = os.path.join(image, "yocto", "meta-edgepbx")
faults = 0


def ok(msg: str) -> None:
    print(f"ok     {msg}")


def fault(msg: str) -> None:
    global faults
    faults += 1
    print(f"FAULT  {msg}")


def rel(path: str) -> str:
    return os.path.relpath(path, image)


def parse(path: str) -> list:
    stash = Stash(quiet=True)
    stash.AddFile(path)
    stash.Finalize()
    return list(stash.GetItemsFor(filename=path))


files = sorted(glob.glob(f"{layer}/**/*.bb", recursive=True) + glob.glob(f"{layer}/**/*.bbappend", recursive=True))
files.append(os.path.join(layer, "conf", "layer.conf"))
recipes = {os.path.basename(p)[: -len(".bb")] for p in files if p.endswith(".bb")}
variables: dict[str, dict[str, str]] = {}  # recipe file -> variable -> value (last assignment)
raw_text: dict[str, str] = {}

for path in files:
    items = parse(path)
    bad = []
    for item in items:
        kind = type(item).__name__
        if kind == "Item" and item.Raw.strip():
            bad.append(item.Raw.strip().splitlines()[0])
        if kind == "Variable":
            value = item.VarValue.strip()
            if not re.fullmatch(r'"[^"]*"|\'[^\']*\'', value, re.S):
                bad.append(f"{item.VarName}: value {value[:40]!r} is not one quoted string")
            variables.setdefault(path, {})[item.VarName] = value.strip("\"'")
        if kind == "FlagAssignment":
            variables.setdefault(path, {})[f"{item.VarName}[{item.Flag}]"] = item.Value.strip("\"'")
    raw_text[path] = "".join(item.Raw for item in items)
    if bad:
        fault(f"{rel(path)} does not parse: {'; '.join(bad)}")
    else:
        ok(f"{rel(path)} parses ({len(items)} items)")

# edgepbx-* names used as packages, recipes or task dependencies are recipes of the layer.
for path, text in raw_text.items():
    for name in sorted(set(re.findall(r"\b(edgepbx-[a-z0-9-]+)(?=[\s\":])", text))):
        if name not in recipes:
            fault(f"{rel(path)} names {name}, which is no recipe of the layer")

# Files the recipes take from the repository's image/ directory exist.
for path, text in raw_text.items():
    for ref in sorted(set(re.findall(r"\$\{EDGEPBX_IMAGE_DIR\}/([\w./-]+)", text))):
        if os.path.exists(os.path.join(image, ref.rstrip("."))):
            ok(f"{rel(path)} takes image/{ref}")
        else:
            fault(f"{rel(path)} takes image/{ref}, which does not exist")

# The boot partition: the wic image's IMAGE_BOOT_FILES (name;name-on-partition) against the
# boot.vfat files of the qemu image's genimage.cfg.
image_recipe = os.path.join(layer, "recipes-core", "images", "edgepbx-image.bb")
boot_files = variables.get(image_recipe, {}).get("IMAGE_BOOT_FILES", "")
on_partition = sorted(entry.split(";")[-1] for entry in boot_files.split())
genimage = open(os.path.join(image, "qemu", "genimage.cfg")).read()
m = re.search(r"image boot\.vfat\s*\{.*?files\s*=\s*\{([^}]*)\}", genimage, re.S)
qemu_boot = sorted(re.findall(r'"([^"]+)"', m.group(1))) if m else []
if on_partition and on_partition == qemu_boot:
    ok(f"boot partition: {' '.join(on_partition)} (as the qemu image's)")
else:
    fault(f"boot partition: Yocto puts {on_partition}, the qemu image {qemu_boot}")
initramfs = os.path.join(layer, "recipes-core", "images", "edgepbx-initramfs.bb")
if "edgepbx-initramfs:do_image_complete" in variables.get(image_recipe, {}).get("do_image_wic[depends]", ""):
    ok("the wic image waits for the initramfs image")
else:
    fault("edgepbx-image's do_image_wic does not depend on edgepbx-initramfs:do_image_complete")
if "edgepbx-initramfs-init" in variables.get(initramfs, {}).get("PACKAGE_INSTALL", ""):
    ok("the initramfs holds edgepbx-initramfs-init")
else:
    fault("edgepbx-initramfs's PACKAGE_INSTALL lacks edgepbx-initramfs-init")

if faults:
    print(f"image/check-yocto.py: {faults} fault(s)")
    sys.exit(1)
