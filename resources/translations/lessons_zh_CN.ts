<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>LessonMenu</name>
    <message>
        <source>Why activations must be nonlinear</source>
        <translation>为什么激活函数必须是非线性的</translation>
    </message>
    <message>
        <source>Vanishing gradients</source>
        <translation>梯度消失</translation>
    </message>
    <message>
        <source>Dying ReLU and its cures</source>
        <translation>ReLU 死亡及其对策</translation>
    </message>
    <message>
        <source>Digits: softmax over 10 classes</source>
        <translation>手写数字：10 个类别的 softmax</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>课程(&amp;L)</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Start this lesson: its network, its steps</source>
        <translation>开始这一课：载入它的网络，逐步讲解</translation>
    </message>
    <message>
        <source>Not ready yet: it needs the training views</source>
        <translation>尚未完成：这一课需要训练视图</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>下一步(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous step</source>
        <translation>上一步(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Close lesson</source>
        <translation>关闭课程(&amp;C)</translation>
    </message>
</context>
<context>
    <name>LessonPanel</name>
    <message>
        <source>◀ Back</source>
        <translation>◀ 上一步</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一步 ▶</translation>
    </message>
    <message>
        <source>The step before, as it was (Page Up)</source>
        <translation>回到上一步，恢复当时的状态（Page Up）</translation>
    </message>
    <message>
        <source>The next step of the lesson (Page Down)</source>
        <translation>这一课的下一步（Page Down）</translation>
    </message>
    <message>
        <source>No lesson</source>
        <translation>没有进行中的课程</translation>
    </message>
    <message>
        <source>Choose a lesson from the Lessons menu.</source>
        <translation>请从“课程”菜单中选择一课。</translation>
    </message>
    <message>
        <source>Lesson %1: %2</source>
        <translation>第 %1 课：%2</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <source>The neuron and the perceptron</source>
        <translation>神经元与感知机</translation>
    </message>
    <message>
        <source>One neuron: the AND gate</source>
        <translation>一个神经元：与门</translation>
    </message>
    <message>
        <source>A neuron adds its weighted inputs and its bias, ⟦a = b + Σ w·x⟧, and gives ⟦y = h(a)⟧. With the step h (1 when ⟦a &gt; 0⟧, else 0) it is a perceptron.&lt;br&gt;Here w = (0.5, 0.5), b = −0.7: only x = (1, 1) gives 0.5 + 0.5 − 0.7 = 0.3 &gt; 0. The table of examples is AND&apos;s truth table: y = 0, 0, 0, 1.</source>
        <translation>神经元先把输入加权求和再加上偏置：⟦a = b + Σ w·x⟧，然后输出 ⟦y = h(a)⟧。h 取阶跃函数（⟦a &gt; 0⟧ 时为 1，否则为 0）时，它就是感知机。&lt;br&gt;这里 w = (0.5, 0.5)，b = −0.7：只有 x = (1, 1) 时 0.5 + 0.5 − 0.7 = 0.3 &gt; 0。示例表正是与门的真值表：y = 0, 0, 0, 1。</translation>
    </message>
    <message>
        <source>Only the bias changes: OR</source>
        <translation>只改偏置：或门</translation>
    </message>
    <message>
        <source>Raise the bias to b = −0.2: one input at 1 is now enough (0.5 − 0.2 = 0.3 &gt; 0). The same neuron computes OR: y = 0, 1, 1, 1. The weights and the bias decide what a perceptron does.</source>
        <translation>把偏置提高到 b = −0.2：现在只要有一个输入为 1 就够了（0.5 − 0.2 = 0.3 &gt; 0）。同一个神经元算出的是或门：y = 0, 1, 1, 1。感知机做什么，由权重和偏置决定。</translation>
    </message>
    <message>
        <source>Turn the signs: NAND</source>
        <translation>符号取反：与非门</translation>
    </message>
    <message>
        <source>With w = (−0.5, −0.5) and b = 0.7 the neuron says 1 unless both inputs are 1 (−0.5 − 0.5 + 0.7 = −0.3): NAND, y = 1, 1, 1, 0.</source>
        <translation>取 w = (−0.5, −0.5)、b = 0.7，除非两个输入都是 1（−0.5 − 0.5 + 0.7 = −0.3），神经元都输出 1：这是与非门，y = 1, 1, 1, 0。</translation>
    </message>
    <message>
        <source>XOR: one perceptron cannot</source>
        <translation>异或：一个感知机做不到</translation>
    </message>
    <message>
        <source>XOR is 1 when exactly one input is 1: targets 0, 1, 1, 0. One perceptron draws one straight line w₁x₁ + w₂x₂ + b = 0 and says 1 on one side; no line puts (0, 1) and (1, 0) on one side and (0, 0), (1, 1) on the other. Whatever w and b, some row is wrong: here (0, 0) gives 1 and its E is 0.5.</source>
        <translation>异或在恰好一个输入为 1 时输出 1：目标值为 0, 1, 1, 0。一个感知机只能画一条直线 w₁x₁ + w₂x₂ + b = 0，在直线一侧输出 1；而没有哪条直线能把 (0, 1)、(1, 0) 与 (0, 0)、(1, 1) 分在两侧。无论 w 和 b 取什么，总有一行是错的：这里 (0, 0) 输出 1，它的 E 为 0.5。</translation>
    </message>
    <message>
        <source>XOR with two layers</source>
        <translation>用两层实现异或</translation>
    </message>
    <message>
        <source>Stack perceptrons: hidden neuron 1 is NAND, hidden neuron 2 is OR, and the output is their AND. This 2-2-1 network computes XOR: every row&apos;s E is 0. A layer more does what one neuron cannot.</source>
        <translation>把感知机叠起来：隐藏层第 1 个神经元是与非门，第 2 个是或门，输出层对二者做与运算。这个 2-2-1 网络算出的就是异或：每一行的 E 都是 0。多一层，就能做到一个神经元做不到的事。</translation>
    </message>
    <message>
        <source>A step unit cannot learn</source>
        <translation>阶跃单元学不会</translation>
    </message>
    <message>
        <source>Now ask for y = 1 at x = (1, 1): the network says 0, E = 0.5. The backward pass gives ⟦δ = ∂E/∂a = 0⟧ everywhere, because the step&apos;s slope ⟦h&apos;(a)⟧ is 0, so every ∂E/∂w is 0. Apply update (⟦w ← w − η·∂E/∂w⟧, here ⟦η⟧ = 1) changed nothing: the weights and E are as they were.</source>
        <translation>现在要求 x = (1, 1) 时 y = 1：网络输出 0，E = 0.5。反向传播处处得到 ⟦δ = ∂E/∂a = 0⟧，因为阶跃函数的斜率 ⟦h&apos;(a)⟧ 为 0，所以每个 ∂E/∂w 都是 0。应用更新（⟦w ← w − η·∂E/∂w⟧，这里 ⟦η⟧ = 1）什么也没改变：权重和 E 都和原来一样。</translation>
    </message>
    <message>
        <source>A sigmoid output learns</source>
        <translation>sigmoid 输出能学习</translation>
    </message>
    <message>
        <source>Make the output a sigmoid: its slope ⟦h&apos;(a) = z(1 − z)⟧ is never 0, so δ is not 0 and each Apply update moves the output&apos;s weights. After five updates the output for (1, 1) has risen towards its target 1: the table&apos;s y and E show it. This is why neural networks use smooth activations.</source>
        <translation>把输出层换成 sigmoid：它的斜率 ⟦h&apos;(a) = z(1 − z)⟧ 从不为 0，δ 也就不为 0，每次应用更新都会移动输出层的权重。更新五次之后，(1, 1) 的输出向目标值 1 升高了：示例表中的 y 和 E 可以看到。这就是神经网络使用平滑激活函数的原因。</translation>
    </message>
    <message>
        <source>Step versus sigmoid</source>
        <translation>阶跃函数与 sigmoid 函数</translation>
    </message>
    <message>
        <source>Two curves on −5..5</source>
        <translation>−5..5 上的两条曲线</translation>
    </message>
    <message>
        <source>The activation panel draws the perceptron&apos;s step (1 when ⟦a &gt; 0⟧, else 0) and, in another colour, the sigmoid ⟦h(a) = 1 / (1 + e^(−a))⟧, over −5..5 as the seeds do with np.arange(−5.0, 5.0, 0.1). Both give 0 for very negative ⟦a⟧, 1 for very positive ⟦a⟧, and stay between 0 and 1.</source>
        <translation>激活函数面板画出感知机的阶跃函数（⟦a &gt; 0⟧ 时为 1，否则为 0），并用另一种颜色画出 sigmoid 函数 ⟦h(a) = 1 / (1 + e^(−a))⟧，范围是 −5..5，和教程中的 np.arange(−5.0, 5.0, 0.1) 一样。⟦a⟧ 很小时两者都接近 0，⟦a⟧ 很大时都接近 1，输出始终在 0 和 1 之间。</translation>
    </message>
    <message>
        <source>The step jumps</source>
        <translation>阶跃函数会跳变</translation>
    </message>
    <message>
        <source>Lower the bias from −0.7 to −1.1: for x = (1, 1), ⟦a⟧ goes from 0.3 to −0.1 and the step&apos;s output falls from 1 straight to 0. A small change of the weights flips the output or leaves it as it was: nothing in between.</source>
        <translation>把偏置从 −0.7 降到 −1.1：对 x = (1, 1)，⟦a⟧ 从 0.3 变成 −0.1，阶跃函数的输出从 1 直接跌到 0。参数稍有变化，输出要么突然翻转，要么纹丝不动，没有中间状态。</translation>
    </message>
    <message>
        <source>The sigmoid slides</source>
        <translation>sigmoid 函数平滑变化</translation>
    </message>
    <message>
        <source>The same neuron with the sigmoid, bias back at −0.7: ⟦a⟧ = 0.3 gives 0.574, not 1. Signals between sigmoid neurons are real numbers, not only 0 or 1 (seed 000).</source>
        <translation>同一个神经元换成 sigmoid，偏置改回 −0.7：⟦a⟧ = 0.3 得到 0.574，而不是 1。sigmoid 神经元之间传递的是连续的实数信号，而不只是 0 或 1（教程 000）。</translation>
    </message>
    <message>
        <source>A small change, a small effect</source>
        <translation>小变化，小影响</translation>
    </message>
    <message>
        <source>Bias −1.1 again: ⟦a⟧ = −0.1 now gives 0.475. The output moved a little, where the step jumped. Its slope ⟦h&apos;(a) = z(1 − z)⟧ (dashed) is never 0, so the backward pass can tell each weight which way to move.</source>
        <translation>偏置再次设为 −1.1：⟦a⟧ = −0.1 现在得到 0.475。阶跃函数在这里跳变，而输出只变了一点点。它的斜率 ⟦h&apos;(a) = z(1 − z)⟧（虚线）从不为 0，所以反向传播能告诉每个权重该往哪个方向调整。</translation>
    </message>
    <message>
        <source>Far out, flat again: −10..10</source>
        <translation>远离原点又变平：−10..10</translation>
    </message>
    <message>
        <source>Seeds 002 and 003 plot −10..10. With b = −7, ⟦a⟧ = −6 and the sigmoid is 0.0025, its slope 0.0025 too: in the grey bands the curve is nearly flat and learning slows almost to a stop (seed 002 calls it saturation). Lesson 6 shows what that does to a deep network.</source>
        <translation>教程 002 和 003 画的是 −10..10。取 b = −7，⟦a⟧ = −6，sigmoid 的值为 0.0025，斜率也只有 0.0025：在灰色区域里曲线几乎是平的，学习几乎停止（教程 002 称之为梯度饱和）。第 6 课会展示它对深层网络的影响。</translation>
    </message>
    <message>
        <source>The 3-layer network in matrix form</source>
        <translation>矩阵形式的 3 层神经网络</translation>
    </message>
    <message>
        <source>The seed&apos;s arrays</source>
        <translation>教程中的数组</translation>
    </message>
    <message>
        <source>Seed 001&apos;s network: X = [1.0, 0.5] of shape (2,), W1 of shape (2, 3), B1 of shape (3,). A whole layer is one line of NumPy: ⟦A1 = np.dot(X, W1) + B1⟧, shapes (2,)·(2, 3) + (3,) = (3,). The computation panel shows the arrays side by side.</source>
        <translation>教程 001 的网络：X = [1.0, 0.5]，形状 (2,)；W1 形状 (2, 3)；B1 形状 (3,)。整层只需一行 NumPy：⟦A1 = np.dot(X, W1) + B1⟧，形状 (2,)·(2, 3) + (3,) = (3,)。计算面板把这些数组并排列出。</translation>
    </message>
    <message>
        <source>Layer 1: A1 and Z1</source>
        <translation>第 1 层：A1 与 Z1</translation>
    </message>
    <message>
        <source>⟦A1⟧ = [0.3, 0.7, 1.1], then the sigmoid of each: ⟦Z1 = sigmoid(A1)⟧ = [0.57444252, 0.66818777, 0.75026011], as the seed prints. B1 is added to the row: NumPy broadcasts it.</source>
        <translation>⟦A1⟧ = [0.3, 0.7, 1.1]，再对每个元素求 sigmoid：⟦Z1 = sigmoid(A1)⟧ = [0.57444252, 0.66818777, 0.75026011]，与教程打印的结果一致。B1 加到这一行上：NumPy 会自动广播。</translation>
    </message>
    <message>
        <source>Layer 2: Z1 feeds A2</source>
        <translation>第 2 层：Z1 作为 A2 的输入</translation>
    </message>
    <message>
        <source>The output of layer 1 is the input of layer 2: ⟦A2 = np.dot(Z1, W2) + B2⟧ with W2 of shape (3, 2), and ⟦Z2 = sigmoid(A2)⟧ = [0.62624937, 0.7710107].</source>
        <translation>第 1 层的输出就是第 2 层的输入：⟦A2 = np.dot(Z1, W2) + B2⟧，W2 的形状为 (3, 2)；⟦Z2 = sigmoid(A2)⟧ = [0.62624937, 0.7710107]。</translation>
    </message>
    <message>
        <source>Layer 3: the identity output</source>
        <translation>第 3 层：恒等函数输出</translation>
    </message>
    <message>
        <source>⟦A3 = np.dot(Z2, W3) + B3⟧, and the output layer passes it on unchanged (the identity, for regression): Y = [0.31682708, 0.69627909], the book&apos;s [0.3168, 0.6963].</source>
        <translation>⟦A3 = np.dot(Z2, W3) + B3⟧，输出层把它原样输出（恒等函数，用于回归）：Y = [0.31682708, 0.69627909]，即书中的 [0.3168, 0.6963]。</translation>
    </message>
    <message>
        <source>Seed 001&apos;s step output: [1 1]</source>
        <translation>教程 001 的阶跃输出：[1 1]</translation>
    </message>
    <message>
        <source>Seed 001&apos;s own code ends with a step function instead, ⟦Y = function(A3)⟧: both ⟦A3⟧ values are above 0, so it prints [1 1]. The output layer&apos;s activation decides what the numbers mean.</source>
        <translation>教程 001 自己的代码最后用的是阶跃函数：⟦Y = function(A3)⟧。⟦A3⟧ 的两个值都大于 0，所以打印出 [1 1]。输出层的激活函数决定了这些数字的含义。</translation>
    </message>
    <message>
        <source>Output layers: identity and softmax</source>
        <translation>输出层：恒等函数与 softmax</translation>
    </message>
    <message>
        <source>Regression: the identity</source>
        <translation>回归：恒等函数</translation>
    </message>
    <message>
        <source>For regression (predict a number, like a person&apos;s weight from a photo) the output layer uses the identity: ⟦y = a⟧, any real number. The book&apos;s network gives y = [0.3168, 0.6963].</source>
        <translation>回归问题（预测一个数值，例如根据照片预测一个人的体重）的输出层用恒等函数：⟦y = a⟧，可以是任意实数。书中的网络输出 y = [0.3168, 0.6963]。</translation>
    </message>
    <message>
        <source>Classification: softmax</source>
        <translation>分类：softmax</translation>
    </message>
    <message>
        <source>For classification the output layer has one neuron per class and softmax: ⟦y_k = e^(a_k) / Σ_i e^(a_i)⟧. Seed 002&apos;s ⟦a⟧ = [0.3, 2.9, 4.0] gives y = [0.01821127, 0.24519181, 0.73659691]: each between 0 and 1, and Σ y = 1.</source>
        <translation>分类问题的输出层每个类别一个神经元，并使用 softmax：⟦y_k = e^(a_k) / Σ_i e^(a_i)⟧。教程 002 的 ⟦a⟧ = [0.3, 2.9, 4.0] 得到 y = [0.01821127, 0.24519181, 0.73659691]：每个都在 0 和 1 之间，且 Σ y = 1。</translation>
    </message>
    <message>
        <source>Read as probabilities</source>
        <translation>看作概率</translation>
    </message>
    <message>
        <source>Step by step: ⟦e^a⟧ = [1.34985881, 18.17414537, 54.59815003], their sum 74.1221542101633, each share ⟦e^(a_k)⟧ / sum. So the input is class 2 with probability 73.7 %, class 1 with 24.5 %, class 0 with 1.8 %. The largest ⟦a⟧ stays the largest y.</source>
        <translation>逐步来看：⟦e^a⟧ = [1.34985881, 18.17414537, 54.59815003]，总和为 74.1221542101633，每个输出是 ⟦e^(a_k)⟧ / 总和。所以这个输入有 73.7% 的概率属于第 2 类，24.5% 属于第 1 类，1.8% 属于第 0 类。⟦a⟧ 最大的，y 也最大。</translation>
    </message>
    <message>
        <source>[1010, 1000, 990]: overflow</source>
        <translation>[1010, 1000, 990]：溢出</translation>
    </message>
    <message>
        <source>Now ⟦a⟧ = [1010, 1000, 990]. ⟦e^1010⟧ is far beyond the largest float (about 1.8 × 10^308): np.exp gives inf, and inf / inf is nan. Written as the formula says, softmax prints [nan nan nan] (seed 002); the panel shows it under “Without subtracting it”.</source>
        <translation>现在 ⟦a⟧ = [1010, 1000, 990]。⟦e^1010⟧ 远超最大的浮点数（约 1.8 × 10^308）：np.exp 得到 inf，而 inf / inf 是 nan。照公式直接计算，softmax 打印出 [nan nan nan]（教程 002）；计算面板在“如果不减去最大值”下面显示了它。</translation>
    </message>
    <message>
        <source>Subtract the max</source>
        <translation>减去最大值</translation>
    </message>
    <message>
        <source>Multiplying above and below by the same constant changes nothing, so softmax can use ⟦e^(a − max(a))⟧: the largest exponent is ⟦e^0⟧ = 1 and nothing overflows. The result is the seed&apos;s [9.99954600e-01, 4.53978686e-05, 2.06106005e-09], and NeuroStep always computes it this way.</source>
        <translation>分子分母同乘一个常数，结果不变，所以 softmax 可以改用 ⟦e^(a − max(a))⟧：最大的指数项是 ⟦e^0⟧ = 1，不会溢出。结果就是教程中的 [9.99954600e-01, 4.53978686e-05, 2.06106005e-09]，NeuroStep 总是这样计算。</translation>
    </message>
</context>
</TS>
