// A game script that uses the project's own YamlDotNet plugin (a plain reference), beside the generator's
// private copy (TypedFacts.YamlDotNet, an analyzer): the two assemblies must not clash.
using System.IO;
using YamlDotNet.RepresentationModel;

namespace Game
{
    public static class YamlSettings
    {
        public static int Count(string yaml)
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            return stream.Documents.Count;
        }
    }
}
