// The nflint extension starts `nflint lsp` for JSON and YAML files and lets VS Code's
// language client do the rest: the server decides which files are Northflank specs (as
// `nflint lint` does in a directory walk), so other JSON and YAML get no findings.
import * as vscode from "vscode";
import { LanguageClient, LanguageClientOptions, ServerOptions } from "vscode-languageclient/node";

let client: LanguageClient | undefined;

// command is the nflint binary: the nflint.path setting, else nflint from PATH.
function command(): string {
  const configured = vscode.workspace.getConfiguration("nflint").get<string>("path", "");
  return configured.trim() !== "" ? configured : "nflint";
}

async function start(context: vscode.ExtensionContext): Promise<void> {
  const run = { command: command(), args: ["lsp"] };
  const server: ServerOptions = { run, debug: run };
  const options: LanguageClientOptions = {
    documentSelector: [
      { scheme: "file", language: "json" },
      { scheme: "file", language: "jsonc" },
      { scheme: "file", language: "yaml" },
      { scheme: "untitled", language: "json" },
      { scheme: "untitled", language: "yaml" },
    ],
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher("**/.nflint.{yaml,yml}") },
  };
  client = new LanguageClient("nflint", "nflint", server, options);
  try {
    await client.start();
  } catch (err) {
    vscode.window.showErrorMessage(
      `nflint: cannot start "${run.command} lsp" (${err}). Install nflint (go install ./cmd/nflint in its repository) or set nflint.path.`,
    );
  }
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  context.subscriptions.push(
    vscode.commands.registerCommand("nflint.restart", async () => {
      await client?.stop();
      await start(context);
    }),
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (e.affectsConfiguration("nflint.path")) {
        await client?.stop();
        await start(context);
      }
    }),
  );
  await start(context);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
