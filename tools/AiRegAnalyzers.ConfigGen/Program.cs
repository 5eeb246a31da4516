using System;
using System.IO;

namespace AiRegAnalyzers.ConfigGen;

internal static class Program
{
    /// <summary>
    /// Writes the four mode files to src/AiRegAnalyzers.Package/build/config and the reference
    /// docs/aireg.editorconfig, in the repository this tool is run from.
    /// </summary>
    private static int Main()
    {
        var root = FindRepoRoot();
        var output = Path.Combine(root, "src", "AiRegAnalyzers.Package", "build", "config");
        Directory.CreateDirectory(output);
        var descriptors = GlobalConfigGenerator.LoadDescriptors(GlobalConfigGenerator.AnalyzerAssembly);
        foreach (var mode in GlobalConfigGenerator.Modes)
        {
            Write(Path.Combine(output, GlobalConfigGenerator.FileName(mode)), GlobalConfigGenerator.Generate(descriptors, mode));
        }

        var docs = Path.Combine(root, "docs");
        var reference = File.ReadAllText(Path.Combine(docs, "configuration.md"));
        Write(Path.Combine(docs, EditorConfigReference.FileName), EditorConfigReference.Generate(EditorConfigReference.LoadDescriptors(GlobalConfigGenerator.AnalyzerAssembly), reference));
        return 0;
    }

    private static void Write(string path, string text)
    {
        File.WriteAllText(path, text);
        Console.WriteLine(path);
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AiRegAnalyzers.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Run from inside the repository (AiRegAnalyzers.sln not found above the current folder).");
    }
}
