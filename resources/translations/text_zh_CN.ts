<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Activation</name>
    <message>
        <source>Step</source>
        <translation>阶跃函数</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>恒等函数</translation>
    </message>
    <message>
        <source>Sigmoid</source>
        <translation>Sigmoid 函数</translation>
    </message>
    <message>
        <source>Tanh</source>
        <translation>tanh 函数</translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>Leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <source>PReLU</source>
        <translation>PReLU</translation>
    </message>
    <message>
        <source>RReLU</source>
        <translation>RReLU</translation>
    </message>
    <message>
        <source>ELU</source>
        <translation>ELU</translation>
    </message>
    <message>
        <source>GELU</source>
        <translation>GELU</translation>
    </message>
    <message>
        <source>SiLU (Swish)</source>
        <translation>SiLU (Swish)</translation>
    </message>
    <message>
        <source>Softplus</source>
        <translation>Softplus</translation>
    </message>
    <message>
        <source>Softmax</source>
        <translation>Softmax</translation>
    </message>
    <message>
        <source>z = 1 if a &gt; 0 else 0</source>
        <translation>a &gt; 0 时 z = 1，否则 z = 0</translation>
    </message>
    <message>
        <source>z = a</source>
        <translation>z = a</translation>
    </message>
    <message>
        <source>z = 1 / (1 + e^(-a))</source>
        <translation>z = 1 / (1 + e^(-a))</translation>
    </message>
    <message>
        <source>z = (e^a - e^(-a)) / (e^a + e^(-a))</source>
        <translation>z = (e^a - e^(-a)) / (e^a + e^(-a))</translation>
    </message>
    <message>
        <source>z = max(0, a)</source>
        <translation>z = max(0, a)</translation>
    </message>
    <message>
        <source>z = a if a &gt; 0 else 0.01·a</source>
        <translation>a &gt; 0 时 z = a，否则 z = 0.01·a</translation>
    </message>
    <message>
        <source>z = a if a &gt; 0 else α·a  (α learned, starts at 0.25)</source>
        <translation>a &gt; 0 时 z = a，否则 z = α·a（α 通过学习得到，初值 0.25）</translation>
    </message>
    <message>
        <source>z = a if a &gt; 0 else r·a  (r random in [1/8, 1/3])</source>
        <translation>a &gt; 0 时 z = a，否则 z = r·a（r 在 [1/8, 1/3] 中随机取值）</translation>
    </message>
    <message>
        <source>z = a if a &gt; 0 else e^a - 1</source>
        <translation>a &gt; 0 时 z = a，否则 z = e^a - 1</translation>
    </message>
    <message>
        <source>z = a/2 · (1 + tanh(√(2/π)·(a + 0.044715·a³)))</source>
        <translation>z = a/2 · (1 + tanh(√(2/π)·(a + 0.044715·a³)))</translation>
    </message>
    <message>
        <source>z = a · sigmoid(a)</source>
        <translation>z = a · sigmoid(a)</translation>
    </message>
    <message>
        <source>z = log(1 + e^a)</source>
        <translation>z = log(1 + e^a)</translation>
    </message>
    <message>
        <source>z_k = e^(a_k) / Σ_i e^(a_i)</source>
        <translation>z_k = e^(a_k) / Σ_i e^(a_i)</translation>
    </message>
    <message>
        <source>The perceptron&apos;s threshold: jumps from 0 to 1 at ⟦a = 0⟧; its gradient is 0.</source>
        <translation>感知机的阈值函数：在 ⟦a = 0⟧ 处从 0 跳到 1；梯度处处为 0。</translation>
    </message>
    <message>
        <source>A smooth S-curve from 0 to 1; saturates (gradient near 0) for large ⟦|a|⟧.</source>
        <translation>从 0 到 1 的平滑 S 形曲线；⟦|a|⟧ 较大时饱和（梯度接近 0）。</translation>
    </message>
    <message>
        <source>An S-curve from -1 to 1, centred on 0; saturates for large ⟦|a|⟧.</source>
        <translation>双曲正切：从 -1 到 1、以 0 为中心的 S 形曲线；⟦|a|⟧ 较大时饱和。</translation>
    </message>
    <message>
        <source>Outputs ⟦a⟧ when ⟦a &gt; 0⟧, else 0; cheap, and its gradient is 1 for ⟦a &gt; 0⟧.</source>
        <translation>⟦a &gt; 0⟧ 时输出 ⟦a⟧，否则输出 0；计算简单，⟦a &gt; 0⟧ 时梯度为 1。</translation>
    </message>
    <message>
        <source>Like ReLU, but a small slope 0.01 for ⟦a ≤ 0⟧ keeps the gradient alive.</source>
        <translation>与 ReLU 相似，但 ⟦a ≤ 0⟧ 时保留 0.01 的小斜率，梯度不为 0。</translation>
    </message>
    <message>
        <source>Smooth for ⟦a &lt; 0⟧, approaching -1; mean outputs closer to 0 than ReLU.</source>
        <translation>⟦a &lt; 0⟧ 时平滑地趋近 -1；输出均值比 ReLU 更接近 0。</translation>
    </message>
    <message>
        <source>The input times its own sigmoid; smooth and slightly negative for ⟦a &lt; 0⟧.</source>
        <translation>输入乘以自身的 sigmoid；平滑，⟦a &lt; 0⟧ 时略为负值。</translation>
    </message>
    <message>
        <source>h&apos;(a) = 0 (no slope: it jumps at a = 0)</source>
        <translation>h&apos;(a) = 0（没有斜率：在 a = 0 处跳变）</translation>
    </message>
    <message>
        <source>h&apos;(a) = 1</source>
        <translation>h&apos;(a) = 1</translation>
    </message>
    <message>
        <source>h&apos;(a) = z(1 − z)</source>
        <translation>h&apos;(a) = z(1 − z)</translation>
    </message>
    <message>
        <source>h&apos;(a) = 1 − z²</source>
        <translation>h&apos;(a) = 1 − z²</translation>
    </message>
    <message>
        <source>h&apos;(a) = 1 if a &gt; 0 else 0</source>
        <translation>a &gt; 0 时 h&apos;(a) = 1，否则为 0</translation>
    </message>
    <message>
        <source>h&apos;(a) = 1 if a &gt; 0 else 0.01</source>
        <translation>a &gt; 0 时 h&apos;(a) = 1，否则为 0.01</translation>
    </message>
    <message>
        <source>h&apos;(a) = 1 if a &gt; 0 else α</source>
        <translation>a &gt; 0 时 h&apos;(a) = 1，否则为 α</translation>
    </message>
    <message>
        <source>h&apos;(a) = 1 if a &gt; 0 else r</source>
        <translation>a &gt; 0 时 h&apos;(a) = 1，否则为 r</translation>
    </message>
    <message>
        <source>h&apos;(a) = 1 if a &gt; 0 else e^a = z + 1</source>
        <translation>a &gt; 0 时 h&apos;(a) = 1，否则为 e^a = z + 1</translation>
    </message>
    <message>
        <source>h&apos;(a) = (1 + tanh u)/2 + a·(1 − tanh² u)·u&apos;/2, u = √(2/π)·(a + 0.044715·a³)</source>
        <translation>h&apos;(a) = (1 + tanh u)/2 + a·(1 − tanh² u)·u&apos;/2，其中 u = √(2/π)·(a + 0.044715·a³)</translation>
    </message>
    <message>
        <source>h&apos;(a) = σ(a)·(1 + a·(1 − σ(a))), σ the sigmoid</source>
        <translation>h&apos;(a) = σ(a)·(1 + a·(1 − σ(a)))，σ 为 sigmoid</translation>
    </message>
    <message>
        <source>h&apos;(a) = 1 / (1 + e^(-a)), the sigmoid</source>
        <translation>h&apos;(a) = 1 / (1 + e^(-a))，即 sigmoid</translation>
    </message>
    <message>
        <source>∂z_k/∂a_k = z_k(1 − z_k); ∂z_i/∂a_k = −z_i·z_k for i ≠ k</source>
        <translation>∂z_k/∂a_k = z_k(1 − z_k)；i ≠ k 时 ∂z_i/∂a_k = −z_i·z_k</translation>
    </message>
    <message>
        <source>Passes the weighted input through unchanged; for regression outputs.</source>
        <translation>恒等函数：原样输出加权输入；用于回归问题的输出层。</translation>
    </message>
    <message>
        <source>Leaky ReLU whose slope α is learned with the weights, one per layer.</source>
        <translation>参数化 ReLU：负半轴斜率 α 随权重一起学习，每层一个。</translation>
    </message>
    <message>
        <source>Leaky ReLU with a random slope while training, their mean otherwise.</source>
        <translation>随机 ReLU：训练时负半轴斜率在 [1/8, 1/3] 中随机取，否则取其平均。</translation>
    </message>
    <message>
        <source>A smooth ReLU weighted by a Gaussian&apos;s probability (tanh approximation).</source>
        <translation>高斯误差线性单元：按高斯概率加权的平滑 ReLU（tanh 近似）。</translation>
    </message>
    <message>
        <source>A smooth version of ReLU; its derivative is the sigmoid.</source>
        <translation>ReLU 的平滑版本；其导数就是 sigmoid。</translation>
    </message>
    <message>
        <source>Turns a layer&apos;s inputs into probabilities that sum to 1; for classification.</source>
        <translation>把一层的输入变为总和为 1 的概率；用于分类问题的输出层。</translation>
    </message>
</context>
<context>
    <name>Dataset</name>
    <message>
        <source>XOR (four clusters)</source>
        <translation>异或（四个簇）</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>圆</translation>
    </message>
    <message>
        <source>Two Gaussian clouds</source>
        <translation>两团高斯分布</translation>
    </message>
    <message>
        <source>Spiral</source>
        <translation>螺旋</translation>
    </message>
    <message>
        <source>Two moons</source>
        <translation>双月</translation>
    </message>
    <message>
        <source>Blobs (several classes)</source>
        <translation>多类团簇</translation>
    </message>
    <message>
        <source>Plane (regression)</source>
        <translation>平面（回归）</translation>
    </message>
    <message>
        <source>Sine (regression)</source>
        <translation>正弦（回归）</translation>
    </message>
    <message>
        <source>Handwritten digits 8×8</source>
        <translation>8×8 手写数字</translation>
    </message>
</context>
<context>
    <name>Describe</name>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Layer %1</source>
        <translation>第 %1 层</translation>
    </message>
    <message>
        <source>output</source>
        <translation>输出层</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>隐藏层</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n 个值</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n neuron(s)</source>
        <translation>
            <numerusform>%n 个神经元</numerusform>
        </translation>
    </message>
    <message>
        <source>input layer</source>
        <translation>输入层</translation>
    </message>
    <message>
        <source>layer %1 (output)</source>
        <translation>第 %1 层（输出层）</translation>
    </message>
    <message>
        <source>layer %1 (hidden)</source>
        <translation>第 %1 层（隐藏层）</translation>
    </message>
    <message>
        <source>input %1</source>
        <translation>输入 %1</translation>
    </message>
    <message>
        <source>output %1 (neuron %2 of layer %3)</source>
        <translation>输出 %1（第 %3 层的神经元 %2）</translation>
    </message>
    <message>
        <source>neuron %1 of layer %2 (hidden)</source>
        <translation>第 %2 层（隐藏层）的神经元 %1</translation>
    </message>
</context>
<context>
    <name>Example</name>
    <message>
        <source>The book&apos;s 3-layer network</source>
        <translation>书中的 3 层神经网络</translation>
    </message>
    <message>
        <source>Why activations must be nonlinear</source>
        <translation>为什么激活函数必须是非线性的</translation>
    </message>
    <message>
        <source>XOR with one hidden layer</source>
        <translation>用一个隐层实现异或</translation>
    </message>
    <message>
        <source>Perceptron: AND gate</source>
        <translation>感知机：与门</translation>
    </message>
    <message>
        <source>Perceptron: OR gate</source>
        <translation>感知机：或门</translation>
    </message>
    <message>
        <source>Perceptron: NAND gate</source>
        <translation>感知机：与非门</translation>
    </message>
    <message>
        <source>Softmax classifier (3 classes)</source>
        <translation>Softmax 分类器（3 类）</translation>
    </message>
    <message>
        <source>Handwritten digits (8×8)</source>
        <translation>手写数字识别（8×8）</translation>
    </message>
    <message>
        <source>The worked example of the seeds: 2 inputs, 3 and 2 sigmoid neurons, 2 identity outputs. Its output for [1.0, 0.5] is [0.3168, 0.6963].</source>
        <translation>教程中的例子：2 个输入，3 个和 2 个 sigmoid 神经元，2 个恒等输出。输入 [1.0, 0.5] 时输出为 [0.3168, 0.6963]。</translation>
    </message>
    <message>
        <source>Two inputs, two hidden neurons, one output, all with the identity: the whole network equals a single linear neuron, OUT = −0.5·x1 − 2·x2 + 2.</source>
        <translation>2 个输入、2 个隐层神经元、1 个输出，全部使用恒等函数：整个网络等价于一个线性神经元，OUT = −0.5·x1 − 2·x2 + 2。</translation>
    </message>
    <message>
        <source>A single perceptron cannot compute XOR; two hidden sigmoid neurons (OR and NAND) and an output computing their AND can. Inputs: -0.5 means 0, 0.5 means 1.</source>
        <translation>单个感知机无法实现异或；两个隐层 sigmoid 神经元（或、与非）加上一个计算它们的与的输出神经元就可以。输入 -0.5 表示 0，0.5 表示 1。</translation>
    </message>
    <message>
        <source>One step neuron with w = (0.5, 0.5) and b = -0.7: it outputs 1 exactly when 0.5·x1 + 0.5·x2 - 0.7 &gt; 0.</source>
        <translation>一个阶跃神经元，w = (0.5, 0.5)，b = -0.7：恰好在 0.5·x1 + 0.5·x2 - 0.7 &gt; 0 时输出 1。</translation>
    </message>
    <message>
        <source>One step neuron with w = (0.5, 0.5) and b = -0.2: it outputs 1 exactly when 0.5·x1 + 0.5·x2 - 0.2 &gt; 0.</source>
        <translation>一个阶跃神经元，w = (0.5, 0.5)，b = -0.2：恰好在 0.5·x1 + 0.5·x2 - 0.2 &gt; 0 时输出 1。</translation>
    </message>
    <message>
        <source>One step neuron with w = (-0.5, -0.5) and b = 0.7: it outputs 1 exactly when -0.5·x1 - 0.5·x2 + 0.7 &gt; 0.</source>
        <translation>一个阶跃神经元，w = (-0.5, -0.5)，b = 0.7：恰好在 -0.5·x1 - 0.5·x2 + 0.7 &gt; 0 时输出 1。</translation>
    </message>
    <message>
        <source>2 inputs, 4 ReLU neurons, 3 softmax outputs that sum to 1: the probability of each of three clusters. Trained weights, rounded to one decimal.</source>
        <translation>2 个输入、4 个 ReLU 神经元、3 个总和为 1 的 softmax 输出：分别是三个簇的概率。权重已训练好，保留一位小数。</translation>
    </message>
    <message>
        <source>64 pixel inputs, 32 ReLU neurons, 10 softmax outputs, one per digit. The weights start random: train it on the 1,797 digits.</source>
        <translation>64 个像素输入、32 个 ReLU 神经元、10 个 softmax 输出（每个数字一个）。权重初始为随机值：用 1797 个数字训练它。</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
</context>
<context>
    <name>Loss</name>
    <message>
        <source>Squared error ½·Σ(y − t)²</source>
        <translation>均方误差 ½·Σ(y − t)²</translation>
    </message>
    <message>
        <source>Cross-entropy</source>
        <translation>交叉熵误差</translation>
    </message>
    <message>
        <source>Binary cross-entropy</source>
        <translation>二元交叉熵误差</translation>
    </message>
</context>
<context>
    <name>UnitText</name>
    <message>
        <source>pixel at row %1, column %2</source>
        <translation>第 %1 行第 %2 列的像素</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 (class %2)</source>
        <translation>%1（类别 %2）</translation>
    </message>
</context>
</TS>
