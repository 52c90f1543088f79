global using Shouldly;
global using TypedFacts;
global using TypedFacts.Quiz;
global using Xunit;
