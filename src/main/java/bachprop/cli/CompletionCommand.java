package bachprop.cli;

import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code bachprop completion bash|zsh}: prints a shell completion script for every command,
 * subcommand and option (picocli's generator; the script serves zsh through bashcompinit).
 */
@Command(name = "completion", description = "print a shell completion script: source <(bachprop completion bash)")
public final class CompletionCommand extends BaseCommand {
    /** The shells the script serves. */
    enum Shell {
        bash,
        zsh
    }

    @Parameters(index = "0", paramLabel = "SHELL", description = "bash or zsh", defaultValue = "bash")
    Shell shell;

    @Override
    protected int run() {
        out.print(AutoComplete.bash("bachprop", spec.root().commandLine()));
        out.flush();
        return Main.OK;
    }
}
