using Mono.Cecil;
using Mono.Cecil.Cil;

namespace TypedFacts.UnityPackage;

/// <summary>
/// Gives the generator a private copy of YamlDotNet. Unity allows one precompiled assembly of a name per project
/// ("Multiple precompiled assemblies with the same name YamlDotNet.dll included on the current platform"), and many
/// games already have a YamlDotNet.dll plugin; under another name the two never meet, in the Editor's plugin list or
/// in the compiler's analyzer loader.
/// </summary>
public static class AssemblyRenamer
{
    /// <summary>
    /// The assembly under a new name: assembly name, module name and (by the caller) file name. Its strong name goes:
    /// the content changes, so the signature would no longer verify, and nothing needs the old identity.
    /// </summary>
    public static byte[] Rename(byte[] image, string newName)
    {
        using var module = Read(image, readSymbols: false);
        var name = module.Assembly.Name;
        name.Name = newName;
        name.PublicKey = [];
        name.HasPublicKey = false;
        module.Name = newName + ".dll";
        module.Attributes &= ~ModuleAttributes.StrongNameSigned;
        return Write(module);
    }

    /// <summary>
    /// The assembly with its reference to <paramref name="from"/> pointing at <paramref name="to"/> instead, without
    /// a public key token (the renamed copy has no strong name). Its embedded symbols are kept.
    /// </summary>
    public static byte[] RetargetReference(byte[] image, string from, string to)
    {
        using var module = Read(image, readSymbols: true);
        var found = false;
        foreach (var reference in module.AssemblyReferences)
        {
            if (string.Equals(reference.Name, from, StringComparison.Ordinal))
            {
                reference.Name = to;
                reference.PublicKey = [];
                reference.HasPublicKey = false;
                reference.PublicKeyToken = [];
                found = true;
            }
        }

        if (!found)
        {
            throw new InvalidOperationException($"{module.Assembly.Name.Name} does not reference {from}.");
        }

        return Write(module);
    }

    private static ModuleDefinition Read(byte[] image, bool readSymbols)
        => ModuleDefinition.ReadModule(new MemoryStream(image, writable: false), new ReaderParameters
        {
            ReadingMode = ReadingMode.Immediate,
            ReadSymbols = readSymbols,
            SymbolReaderProvider = readSymbols ? new DefaultSymbolReaderProvider(throwIfNoSymbol: false) : null,
            InMemory = true,
        });

    private static byte[] Write(ModuleDefinition module)
    {
        using var output = new MemoryStream();
        module.Write(output, new WriterParameters
        {
            // The MVID (and the PDB id) from a hash of the content: same input, same bytes.
            DeterministicMvid = true,
            WriteSymbols = module.HasSymbols,
            SymbolWriterProvider = module.HasSymbols ? new EmbeddedSymbols() : null,
        });
        return output.ToArray();
    }

    /// <summary>Cecil's embedded portable PDB writer, which asks for a file name it does not use when writing to a stream.</summary>
    private sealed class EmbeddedSymbols : ISymbolWriterProvider
    {
        private readonly EmbeddedPortablePdbWriterProvider _inner = new();

        public ISymbolWriter GetSymbolWriter(ModuleDefinition module, string fileName)
            => _inner.GetSymbolWriter(module, string.IsNullOrEmpty(fileName) ? module.Name : fileName);

        public ISymbolWriter GetSymbolWriter(ModuleDefinition module, Stream symbolStream)
            => _inner.GetSymbolWriter(module, module.Name);
    }
}
