"""``purgehist example``: the bundled examples, written out to try purgehist on."""

from __future__ import annotations

from pathlib import Path

import click

from purgehist import plugins
from purgehist.cli.group import cli
from purgehist.cli.messages import report_export
from purgehist.cli.options import output_options
from purgehist.errors import UsageError

__all__ = ["example"]


@cli.command()
@click.argument("name", default="great-purge", metavar="[NAME]")
@click.option("--list", "list_names", is_flag=True, help="List the examples, and stop.")
@output_options(
    to_help="Output format of a dataset example (default: the suffix of -o, else tei if "
    "installed, else json).",
    output_help="Output file (default: in the current folder, named after the example).",
)
def example(name: str, list_names: bool, to_format: str | None, output: Path | None) -> None:
    """Write the example NAME (default: great-purge) into the current folder.

    The great-purge dataset is converted and a summary of its debate printed; the thesis is
    copied as it is, to try `purgehist info` and `purgehist convert` on.

    \b
    purgehist example                            # great-purge.tei.xml and a summary
    purgehist example -o great-purge.json        # the same data as JSON
    purgehist example thesis -o thesis.txt       # a sample thesis in plain text
    """
    from purgehist.examples import EXAMPLES, example_bytes
    from purgehist.output import atomic_write

    if list_names:
        width = max(map(len, EXAMPLES))
        for item in EXAMPLES.values():
            click.echo(f"{item.name:<{width}}  {item.description}")
        return
    chosen = EXAMPLES.get(name)
    if chosen is None:
        msg = f"no example {name!r}; examples: {', '.join(EXAMPLES)} (see --list)"
        raise UsageError(msg)
    if not chosen.dataset:
        if to_format is not None:
            msg = (
                f"the {name} example is an input, written as it is; convert it afterwards "
                "(purgehist convert FILE --to FORMAT)"
            )
            raise UsageError(msg)
        target = output or Path(chosen.default_output)
        with atomic_write(target) as stream:
            stream.write(example_bytes(name))
        click.echo(f"wrote {target}", err=True)
        return
    from purgehist import api
    from purgehist.examples import example_dataset
    from purgehist.summary import summarise

    if to_format is not None:
        spec = api.find_exporter(to_format)
    elif output is not None:
        spec = api.exporter_for_path(output)
    else:
        spec = api.find_exporter("tei" if "tei" in plugins.get_exporters() else "json")
    dataset = example_dataset()
    target = output or Path(chosen.default_output + spec.suffix)
    report = api.export(dataset, spec.name, target)
    click.echo(summarise(dataset))
    report_export(report, str(target))
