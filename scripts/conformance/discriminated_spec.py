#!/usr/bin/env python3
"""Writes a copy of the spec in which every `oneOf` that has a `discriminator` becomes `anyOf`.

Why: the spec models voice configurations as `oneOf` RTC/EST/FAX keyed by `type`. OpenAPI
validators pick the branch by the discriminator; plain JSON Schema (what schemathesis checks
with) ignores it, and since every branch accepts any `type` value and extra properties, *every*
voice configuration, the spec's own examples included, matches all three branches and fails
`oneOf`. With the discriminator honoured the branches cannot overlap, so `anyOf` validates the
same documents as the spec means. Nothing else changes.
usage: discriminated_spec.py SPEC OUT
"""
import sys

import yaml


def rewrite(node):
    if isinstance(node, dict):
        if "oneOf" in node and "discriminator" in node:
            node["anyOf"] = node.pop("oneOf")
        for value in node.values():
            rewrite(value)
    elif isinstance(node, list):
        for value in node:
            rewrite(value)


spec = yaml.safe_load(open(sys.argv[1]))
rewrite(spec)
with open(sys.argv[2], "w") as out:
    yaml.safe_dump(spec, out, sort_keys=False)
